/** Inviting someone to the school in a role, optionally in a team. Kring mails them a link. */

import { api } from '../../../web/api.ts';
import type { Invitation, Team } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { capitalise } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { checkEmail, requireFields } from '../../../web/validation.ts';
import { roles } from '../domain/roles.ts';

interface Props {
  base: string;
  teams: Team[];
  onInvited: () => void;
}

export function InviteForm({ base, teams, onInvited }: Props) {
  const { t, locale } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'invite',
    initial: { email: '', role: '', teamId: '' },
    labels: { email: t('field.email'), role: t('field.role'), teamId: t('field.teamOptional') },
    validate: (v) => checkEmail(requireFields(v, ['email', 'role'], t), 'email', v.email, t),
    submit: async (v, { reset }) => {
      const email = v.email.trim();
      const body = { email, role: v.role, ...(v.teamId ? { teamId: v.teamId } : {}) };
      await api<Invitation>('POST', `${base}/invitations`, body);
      toast(t('invitations.sent', { email }));
      reset();
      onInvited();
    },
  });

  const roleOptions = [
    { value: '', label: t('invitations.chooseRole') },
    ...roles.map((role) => ({ value: role, label: capitalise(t(`role.${role}`), locale) })),
  ];
  const teamOptions = [
    { value: '', label: t('invitations.noTeam') },
    ...teams.map((team) => ({ value: team.id, label: team.name })),
  ];

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field {...form.field('email')} type="email" autoComplete="off" required />
      <Field {...form.field('role')} type="select" options={roleOptions} required />
      <Field {...form.field('teamId')} type="select" options={teamOptions} hint={t('invitations.teamHint')} />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('invitations.submit')}
        </Button>
      </ButtonRow>
    </form>
  );
}
