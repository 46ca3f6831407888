/**
 * The start of a follow-up (PRODUCT G4): the agreements of the previous conversation, one by one, with how each
 * went (worked, partly, not) and a word on it.
 */
import { api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { RadioGroup } from '../../../web/components/RadioGroup.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import { outcomes } from '../domain/shape.ts';
import { AgreementList } from './AgreementList.tsx';
import { type AgreementView, type ConversationView, conversationApi } from './types.ts';

interface Props {
  view: ConversationView;
  onChange: (view: ConversationView) => void;
}

export function PreviousReview({ view, onChange }: Props) {
  const { t, locale } = useT();
  const previous = view.previous!;
  return (
    <section aria-labelledby="gesprek-review" className="gesprek-row gesprek-row--wide">
      <h2 id="gesprek-review">
        {t('gesprekPages.previous.review', { date: formatDateTime(locale, previous.plannedAt) })}
      </h2>
      <p>{t('gesprekPages.previous.reviewIntro')}</p>
      <AgreementList agreements={previous.agreements} empty={t('gesprekPages.agreement.none')}>
        {(agreement) => (
          <ReviewForm
            agreement={agreement}
            path={`${conversationApi(view.schoolId, previous.id)}/agreements/${agreement.id}/evaluation`}
            onSaved={async () =>
              onChange(await api<ConversationView>('GET', conversationApi(view.schoolId, view.id)))
            }
          />
        )}
      </AgreementList>
    </section>
  );
}

function ReviewForm({
  agreement,
  path,
  onSaved,
}: {
  agreement: AgreementView;
  path: string;
  onSaved: () => Promise<void>;
}) {
  const { t } = useT();
  const toast = useToast();
  const id = `gesprek-review-${agreement.id}`;
  const form = useForm({
    id,
    initial: { outcome: agreement.outcome ?? '', note: agreement.evaluationNote },
    labels: { outcome: t('gesprekPages.previous.outcome'), note: t('gesprekPages.previous.note') },
    validate: (v) => requireFields(v, ['outcome'], t),
    submit: async (v) => {
      await api('PUT', path, { evaluation: { outcome: v.outcome, note: v.note } });
      await onSaved();
      toast(t('gesprekPages.previous.saved'));
    },
  });
  return (
    <form className="form gesprek-review" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <RadioGroup
        {...form.field('outcome')}
        inline
        onChange={(value) => form.set('outcome', value)}
        options={outcomes.map((o) => ({ value: o, label: t(`gesprek.outcome.${o}`) }))}
      />
      <TextArea {...form.field('note')} rows={2} maxLength={1000} />
      <ButtonRow>
        <Button type="submit" busy={form.busy} variant="secondary">
          {t('gesprekPages.previous.save')}
        </Button>
      </ButtonRow>
    </form>
  );
}
