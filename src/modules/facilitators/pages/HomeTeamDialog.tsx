/**
 * An administrator changes the team of one role at the school (a membership). For a facilitator the team is
 * their home team: with one they are internal and are not assigned to sessions where that team listens
 * (PRODUCT F2); without one they are external.
 */
import { api } from '../../../web/api.ts';
import type { Person, Team } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { Dialog } from '../../../web/components/Dialog.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';

interface Props {
  /** The school's API base, /api/schools/:schoolId. */
  base: string;
  person: Person | null;
  teams: readonly Team[];
  onClose: () => void;
  onSaved: (person: Person) => void;
}

export function HomeTeamDialog({ base, person, teams, onClose, onSaved }: Props) {
  const { t } = useT();
  return (
    <Dialog
      open={person !== null}
      title={person ? t('facilitation.homeTeam.title', { name: person.name }) : ''}
      onClose={onClose}
    >
      {person && (
        <HomeTeamForm base={base} person={person} teams={teams} onClose={onClose} onSaved={onSaved} />
      )}
    </Dialog>
  );
}

function HomeTeamForm({ base, person, teams, onClose, onSaved }: Props & { person: Person }) {
  const { t } = useT();
  const toast = useToast();
  const facilitator = person.role === 'facilitator';
  const form = useForm({
    id: 'home-team',
    initial: { teamId: person.teamId ?? '' },
    labels: { teamId: t('people.team') },
    submit: async (v) => {
      const saved = await api<Person>(
        'PATCH',
        `${base}/memberships/${encodeURIComponent(person.membershipId)}`,
        {
          teamId: v.teamId || null,
        },
      );
      toast(t('facilitation.homeTeam.saved', { name: person.name }));
      onSaved(saved);
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field
        {...form.field('teamId')}
        type="select"
        hint={facilitator ? t('facilitation.homeTeam.facilitatorHint') : t('facilitation.homeTeam.hint')}
        options={[
          {
            value: '',
            label: facilitator ? t('facilitation.homeTeam.external') : t('facilitation.homeTeam.none'),
          },
          ...teams.map((team) => ({ value: team.id, label: team.name })),
        ]}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </ButtonRow>
    </form>
  );
}
