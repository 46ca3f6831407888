/** Everyone with a role at the school, with the option to take a role away. */
import { useState } from 'react';
import { api } from '../../../web/api.ts';
import type { Person, School, Team } from '../../../web/apiTypes.ts';
import { Button } from '../../../web/components/Button.tsx';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { Table } from '../../../web/components/Table.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { capitalise } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useSession } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { HomeTeamDialog } from '../../facilitators/pages/HomeTeamDialog.tsx';

interface Props {
  base: string;
  school: School;
  teams: Team[];
  onChanged: () => void;
}

export function PeopleSection({ base, school, teams, onChanged }: Props) {
  const { t, locale } = useT();
  const toast = useToast();
  const { session, refresh } = useSession();
  const people = useApiData<Person[]>(`${base}/people`);
  const [removing, setRemoving] = useState<Person | null>(null);
  const [teamOf, setTeamOf] = useState<Person | null>(null);
  const teamName = (id: string | null) => teams.find((team) => team.id === id)?.name ?? t('common.none');
  const roleLabel = (person: Person) => capitalise(t(`role.${person.role}`), locale);

  async function remove(person: Person) {
    await api<void>('DELETE', `${base}/memberships/${encodeURIComponent(person.membershipId)}`);
    setRemoving(null);
    toast(t('people.removed', { name: person.name }));
    people.reload();
    onChanged();
    if (person.userId === session.user?.id) void refresh();
  }

  return (
    <>
      {people.loading && !people.data && <Loading />}
      {people.error && <LoadError message={people.error.message} />}
      {people.data && people.data.length === 0 && <p>{t('people.none')}</p>}
      {people.data && people.data.length > 0 && (
        <Table
          caption={t('schoolAdmin.people')}
          captionHidden
          rows={people.data}
          rowKey={(person) => person.membershipId}
          columns={[
            { header: t('people.name'), cell: (person) => person.name, rowHeader: true },
            { header: t('people.email'), cell: (person) => person.email },
            { header: t('people.role'), cell: roleLabel },
            {
              header: t('people.team'),
              cell: (person) =>
                person.role === 'facilitator'
                  ? t(person.teamId ? 'facilitation.homeTeam.internal' : 'facilitation.homeTeam.external', {
                      team: teamName(person.teamId),
                    })
                  : teamName(person.teamId),
            },
            { header: t('people.totp'), cell: (p) => (p.totpEnabled ? t('common.yes') : t('common.no')) },
            {
              header: t('common.actions'),
              cell: (person) => (
                <div className="actions">
                  <Button variant="secondary" onClick={() => setTeamOf(person)}>
                    {t('facilitation.homeTeam.change')}
                    <VisuallyHidden>
                      {' '}
                      {t('facilitation.homeTeam.who', { name: person.name, role: roleLabel(person) })}
                    </VisuallyHidden>
                  </Button>
                  <Button variant="danger" onClick={() => setRemoving(person)}>
                    {t('people.remove')}
                    <VisuallyHidden>
                      {' '}
                      {t('people.removeWho', { name: person.name, role: roleLabel(person) })}
                    </VisuallyHidden>
                  </Button>
                </div>
              ),
            },
          ]}
        />
      )}
      <p className="hint">{t('people.inviteHint')}</p>
      <HomeTeamDialog
        base={base}
        person={teamOf}
        teams={teams}
        onClose={() => setTeamOf(null)}
        onSaved={(saved) => {
          setTeamOf(null);
          people.reload();
          onChanged();
          if (saved.userId === session.user?.id) void refresh();
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t('people.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('people.remove')}
        onClose={() => setRemoving(null)}
        onConfirm={() => (removing ? remove(removing) : Promise.resolve())}
      >
        <p>
          {t('people.removeText', {
            name: removing?.name ?? '',
            role: removing ? t(`role.${removing.role}`) : '',
            school: school.name,
          })}
        </p>
      </ConfirmDialog>
    </>
  );
}
