/**
 * Making agreements during the conversation (PRODUCT G2, G4): what, who carries it out, how, and the day teacher
 * and student look back on it. Each agreement can be changed or removed; a new day to look back means a new
 * reminder.
 */
import { useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { InputField, TextArea } from '../../spiegel/pages/FormBits.tsx';
import { owners } from '../domain/shape.ts';
import { AgreementList } from './AgreementList.tsx';
import { type AgreementView, type ConversationView, conversationApi } from './types.ts';

interface Props {
  view: ConversationView;
  onChange: (view: ConversationView) => void;
}

export function AgreementsEditor({ view, onChange }: Props) {
  const { t } = useT();
  const toast = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const base = `${conversationApi(view.schoolId, view.id)}/agreements`;
  return (
    <>
      <AgreementList agreements={view.agreements} empty={t('gesprekPages.agreement.noneYet')}>
        {(agreement) =>
          editing === agreement.id ? (
            <AgreementForm
              id={`gesprek-agreement-${agreement.id}`}
              agreement={agreement}
              onSave={async (values) => {
                onChange(await api<ConversationView>('PUT', `${base}/${agreement.id}`, values));
                setEditing(null);
                toast(t('gesprekPages.saved'));
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <ButtonRow>
              <Button variant="secondary" className="button--small" onClick={() => setEditing(agreement.id)}>
                {t('gesprekPages.agreement.edit')}
              </Button>
              <Button
                variant="danger"
                className="button--small"
                onClick={async () => {
                  try {
                    onChange(await api<ConversationView>('DELETE', `${base}/${agreement.id}`));
                    toast(t('gesprekPages.agreement.removed'));
                  } catch (failure) {
                    toast(asApiError(failure).message);
                  }
                }}
              >
                {t('gesprekPages.agreement.remove')}
              </Button>
            </ButtonRow>
          )
        }
      </AgreementList>
      <h3>{t('gesprekPages.agreement.add')}</h3>
      <AgreementForm
        id="gesprek-agreement-new"
        onSave={async (values, reset) => {
          onChange(await api<ConversationView>('POST', base, values));
          reset();
          toast(t('gesprekPages.agreement.added'));
        }}
      />
    </>
  );
}

type Values = { what: string; owner: string; ownerOther: string; how: string; evaluateOn: string };

interface FormProps {
  id: string;
  agreement?: AgreementView;
  onSave: (values: Values, reset: () => void) => Promise<void>;
  onCancel?: () => void;
}

function AgreementForm({ id, agreement, onSave, onCancel }: FormProps) {
  const { t } = useT();
  const form = useForm<Values>({
    id,
    initial: {
      what: agreement?.what ?? '',
      owner: agreement?.owner ?? 'student',
      ownerOther: agreement?.ownerOther ?? '',
      how: agreement?.how ?? '',
      evaluateOn: agreement?.evaluateOn ?? '',
    },
    labels: {
      what: t('gesprekPages.agreement.what'),
      owner: t('gesprekPages.agreement.owner'),
      ownerOther: t('gesprekPages.agreement.ownerOther'),
      how: t('gesprekPages.agreement.how'),
      evaluateOn: t('gesprekPages.agreement.evaluateOn'),
    },
    validate: (v) =>
      requireFields(
        v,
        v.owner === 'other' ? ['what', 'evaluateOn', 'ownerOther'] : ['what', 'evaluateOn'],
        t,
      ),
    submit: async (v, { reset }) => onSave(v, reset),
  });
  return (
    <form className="form gesprek-agreement-form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <TextArea {...form.field('what')} rows={2} maxLength={500} required />
      <div className="gesprek-pair">
        <Field
          {...form.field('owner')}
          type="select"
          options={owners.map((owner) => ({ value: owner, label: t(`gesprek.owner.${owner}`) }))}
        />
        {form.values.owner === 'other' && (
          <Field {...form.field('ownerOther')} hint={t('gesprekPages.agreement.ownerOtherHint')} />
        )}
      </div>
      <TextArea {...form.field('how')} rows={2} maxLength={1000} />
      <InputField
        {...form.field('evaluateOn')}
        type="date"
        hint={t('gesprekPages.agreement.evaluateOnHint')}
        required
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {agreement ? t('gesprekPages.save') : t('gesprekPages.agreement.addButton')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('gesprekPages.cancel')}
          </Button>
        )}
      </ButtonRow>
    </form>
  );
}
