/** The teams of a school: a table with rename and delete, and a button to add one. */
import { useState } from 'react';
import { api } from '../../../web/api.ts';
import type { Team } from '../../../web/apiTypes.ts';
import { Button } from '../../../web/components/Button.tsx';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { Table } from '../../../web/components/Table.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { useApiData } from '../../../web/useApiData.ts';
import { TeamDialog } from './TeamDialog.tsx';

interface Props {
  base: string;
  teams: ReturnType<typeof useApiData<Team[]>>;
}

type Editing = { mode: 'add' } | { mode: 'rename'; team: Team } | null;

export function TeamsSection({ base, teams }: Props) {
  const { t } = useT();
  const toast = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);

  async function remove(team: Team) {
    await api<void>('DELETE', `${base}/teams/${encodeURIComponent(team.id)}`);
    setDeleting(null);
    toast(t('teams.deleted', { name: team.name }));
    teams.reload();
  }

  return (
    <>
      {teams.loading && !teams.data && <Loading />}
      {teams.error && <LoadError message={teams.error.message} />}
      {teams.data && teams.data.length === 0 && <p>{t('teams.none')}</p>}
      {teams.data && teams.data.length > 0 && (
        <Table
          caption={t('schoolAdmin.teams')}
          captionHidden
          rows={teams.data}
          rowKey={(team) => team.id}
          columns={[
            { header: t('teams.name'), cell: (team) => team.name, rowHeader: true },
            { header: t('teams.members'), cell: (team) => String(team.memberCount) },
            {
              header: t('common.actions'),
              cell: (team) => (
                <div className="actions">
                  <Button variant="secondary" onClick={() => setEditing({ mode: 'rename', team })}>
                    {t('teams.rename')}
                    <VisuallyHidden> {team.name}</VisuallyHidden>
                  </Button>
                  <Button variant="danger" onClick={() => setDeleting(team)}>
                    {t('common.delete')}
                    <VisuallyHidden> {team.name}</VisuallyHidden>
                  </Button>
                </div>
              ),
            },
          ]}
        />
      )}
      <p>
        <Button variant="secondary" onClick={() => setEditing({ mode: 'add' })}>
          {t('teams.add')}
        </Button>
      </p>
      <TeamDialog
        base={base}
        team={editing?.mode === 'rename' ? editing.team : null}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          teams.reload();
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t('teams.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={() => (deleting ? remove(deleting) : Promise.resolve())}
      >
        <p>{t('teams.deleteText')}</p>
      </ConfirmDialog>
    </>
  );
}
