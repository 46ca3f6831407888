/** Pending invitations of a school, with revoke, and the form to invite someone. */
import { api } from '../../../web/api.ts';
import type { Invitation, Team } from '../../../web/apiTypes.ts';
import { Button } from '../../../web/components/Button.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { Table } from '../../../web/components/Table.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { capitalise, formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { InviteForm } from './InviteForm.tsx';

export function InvitationsSection({ base, teams }: { base: string; teams: Team[] }) {
  const { t, locale } = useT();
  const toast = useToast();
  const invitations = useApiData<Invitation[]>(`${base}/invitations`);
  const teamName = (id: string | null) => teams.find((team) => team.id === id)?.name ?? t('common.none');

  async function revoke(invitation: Invitation) {
    try {
      await api<void>('DELETE', `${base}/invitations/${encodeURIComponent(invitation.id)}`);
      toast(t('invitations.revoked', { email: invitation.email }));
    } catch (error) {
      toast(error instanceof Error ? error.message : t('api.unknownError'));
    }
    invitations.reload();
  }

  return (
    <>
      {invitations.loading && !invitations.data && <Loading />}
      {invitations.error && <LoadError message={invitations.error.message} />}
      {invitations.data && invitations.data.length === 0 && <p>{t('invitations.none')}</p>}
      {invitations.data && invitations.data.length > 0 && (
        <Table
          caption={t('invitations.pending')}
          rows={invitations.data}
          rowKey={(invitation) => invitation.id}
          columns={[
            { header: t('invitations.email'), cell: (i) => i.email, rowHeader: true },
            { header: t('invitations.role'), cell: (i) => capitalise(t(`role.${i.role}`), locale) },
            { header: t('invitations.team'), cell: (i) => teamName(i.teamId) },
            { header: t('invitations.expires'), cell: (i) => formatDateTime(locale, i.expiresAt) },
            {
              header: t('common.actions'),
              cell: (invitation) => (
                <Button variant="secondary" onClick={() => void revoke(invitation)}>
                  {t('invitations.revoke')}
                  <VisuallyHidden> {invitation.email}</VisuallyHidden>
                </Button>
              ),
            },
          ]}
        />
      )}
      <h3>{t('invitations.new')}</h3>
      <InviteForm base={base} teams={teams} onInvited={invitations.reload} />
    </>
  );
}
