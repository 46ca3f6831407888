/**
 * Coming back to a report (/melden/:code/terug, PRODUCT M2): the student types their receipt code and reads
 * the status, what they wrote and the conversation, and can answer. The code stays in this page's memory only:
 * never in the address or the browser's storage, and "Close" forgets it.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { normaliseReceipt } from '../domain/receipt.ts';
import { pointPath, type ReporterView } from './publicTypes.ts';
import { ReturnView } from './ReturnView.tsx';

export function ReturnPage() {
  const { t } = useT();
  const { code = '' } = useParams();
  const [opened, setOpened] = useState<{ receipt: string; view: ReporterView } | null>(null);
  const form = useForm({
    id: 'return',
    initial: { receiptCode: '' },
    labels: { receiptCode: t('meldpunt.return.code') },
    validate: (v): FieldErrors =>
      normaliseReceipt(v.receiptCode) ? {} : { receiptCode: t('meldpunt.return.codeInvalid') },
    submit: async (v, { reset }) => {
      const receipt = normaliseReceipt(v.receiptCode) ?? '';
      const view = await api<ReporterView>('POST', `${pointPath(code)}/return`, { receiptCode: receipt });
      reset();
      setOpened({ receipt, view });
    },
  });

  if (opened)
    return (
      <ReturnView
        code={code}
        receipt={opened.receipt}
        view={opened.view}
        onUpdate={(view) => setOpened({ receipt: opened.receipt, view })}
        onClose={() => {
          setOpened(null);
          requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
        }}
      />
    );

  return (
    <div className="narrow">
      <PageTitle lead={t('meldpunt.return.lead')}>{t('meldpunt.return.title')}</PageTitle>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...form.summary} />
        <Field
          {...form.field('receiptCode')}
          hint={t('meldpunt.return.codeHint')}
          inputMode="numeric"
          autoComplete="off"
          required
          className="meldpunt-code-field"
        />
        <ButtonRow>
          <Button type="submit" busy={form.busy}>
            {t('meldpunt.return.open')}
          </Button>
        </ButtonRow>
      </form>
      <p className="hint">{t('meldpunt.return.lost')}</p>
      <p>
        <Link to={`/melden/${encodeURIComponent(code)}`}>{t('meldpunt.return.newReport')}</Link>
      </p>
    </div>
  );
}
