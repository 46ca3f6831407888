/**
 * Who carries the plan after the session: the lead, and the contact person who receives aftercare requests
 * and answers participants who follow the progress. Editors choose them; everyone else reads them.
 */
import { api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import type { FollowUp, FollowUpInput } from './followUpTypes.ts';
import type { StaffMember } from './types.ts';

interface Props {
  /** The REST base of the session. */
  base: string;
  followUp: FollowUp;
  onSaved: (followUp: FollowUp) => void;
}

/** The lead and the contact person as facts, for those who may not change them. */
export function FollowUpFacts({ followUp }: { followUp: FollowUp }) {
  const { t } = useT();
  return (
    <>
      <p>{t('spiegelPlan.followUp.contactExplained')}</p>
      <dl className="spiegel-facts">
        <dt>{t('spiegelPlan.followUp.lead')}</dt>
        <dd>{followUp.leadName ?? t('spiegelPlan.owner.nobody')}</dd>
        <dt>{t('spiegelPlan.followUp.contact')}</dt>
        <dd>{followUp.contactPersonName ?? t('spiegelPlan.owner.nobody')}</dd>
      </dl>
    </>
  );
}

export function FollowUpForm({ base, followUp, staff, onSaved }: Props & { staff: readonly StaffMember[] }) {
  const { t, locale } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'follow-up',
    initial: { leadUserId: followUp.leadUserId ?? '', contactPersonId: followUp.contactPersonId ?? '' },
    labels: {
      leadUserId: t('spiegelPlan.followUp.lead'),
      contactPersonId: t('spiegelPlan.followUp.contact'),
    },
    submit: async (v) => {
      const body: FollowUpInput = {
        leadUserId: v.leadUserId || null,
        contactPersonId: v.contactPersonId || null,
      };
      onSaved(await api<FollowUp>('PUT', `${base}/follow-up`, body));
      toast(t('spiegelPlan.followUp.saved'));
    },
  });
  const options = [
    { value: '', label: t('spiegelPlan.owner.nobody') },
    ...[...staff]
      .sort((a, b) => a.name.localeCompare(b.name, locale))
      .map((s) => ({ value: s.id, label: s.name })),
  ];

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field
        {...form.field('leadUserId')}
        type="select"
        hint={t('spiegelPlan.followUp.leadHint')}
        options={options}
      />
      <Field
        {...form.field('contactPersonId')}
        type="select"
        hint={t('spiegelPlan.followUp.contactExplained')}
        options={options}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('spiegelPlan.followUp.submit')}
        </Button>
      </ButtonRow>
    </form>
  );
}
