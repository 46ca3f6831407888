/**
 * The home page's "niet-pluis" card (PRODUCT M4): any member of staff records a gut feeling that something is
 * wrong, and the school's confidants take it from there. Only the confidants read it.
 */
import { useState } from 'react';
import { api, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useForm } from '../../../web/useForm.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import { type MeldpuntSchool, staffSchools } from './MeldpuntRoles.ts';
import { meldpuntBase } from './MeldpuntTypes.ts';

const MAX_SIGNAL = 5000;

export function MeldpuntSignalCard() {
  const { t } = useT();
  const schools = staffSchools(useUser().memberships);
  if (schools.length === 0) return null;
  return (
    <section className="card" aria-labelledby="home-niet-pluis">
      <h2 id="home-niet-pluis">{t('meldpuntCases.signal.title')}</h2>
      <p>{t('meldpuntCases.signal.intro')}</p>
      <SignalForm schools={schools} />
    </section>
  );
}

function SignalForm({ schools }: { schools: MeldpuntSchool[] }) {
  const { t } = useT();
  const [sent, setSent] = useState(false);
  const form = useForm({
    id: 'niet-pluis',
    initial: { schoolId: schools[0]?.schoolId ?? '', body: '' },
    labels: { schoolId: t('meldpuntCases.signal.school'), body: t('meldpuntCases.signal.body') },
    validate: (v): FieldErrors =>
      v.body.trim() === ''
        ? { body: t('validation.required') }
        : v.body.trim().length > MAX_SIGNAL
          ? { body: t('validation.tooLong', { max: MAX_SIGNAL }) }
          : {},
    submit: async (v) => {
      setSent(false);
      await api<void>('POST', `${meldpuntBase(v.schoolId)}/signals`, { body: v.body.trim() });
      // Empty again for a next signal, at the same school.
      form.reset({ schoolId: v.schoolId, body: '' });
      setSent(true);
    },
  });
  const body = form.field('body');

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      {schools.length > 1 && (
        <Field
          {...form.field('schoolId')}
          type="select"
          options={schools.map((s) => ({ value: s.schoolId, label: s.schoolName }))}
        />
      )}
      <TextArea
        id={body.id}
        label={body.label}
        hint={t('meldpuntCases.signal.hint')}
        value={body.value}
        error={body.error}
        onChange={(value) => {
          setSent(false);
          body.onChange(value);
        }}
        rows={3}
        maxLength={MAX_SIGNAL}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('meldpuntCases.signal.send')}
        </Button>
      </ButtonRow>
      <div role="status">
        {sent && (
          <Notice tone="success">
            <p>{t('meldpuntCases.signal.sent')}</p>
          </Notice>
        )}
      </div>
    </form>
  );
}
