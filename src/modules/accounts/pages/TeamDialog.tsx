/** Adding a team, or renaming one, in a dialog. */
import { api } from '../../../web/api.ts';
import type { Team } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { Dialog } from '../../../web/components/Dialog.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';

interface Props {
  base: string;
  /** The team to rename; null to add a new one. */
  team: Team | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

export function TeamDialog({ base, team, open, onClose, onSaved }: Props) {
  const { t } = useT();
  return (
    <Dialog
      open={open}
      title={team ? t('teams.renameTitle', { name: team.name }) : t('teams.add')}
      onClose={onClose}
    >
      <TeamForm base={base} team={team} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function TeamForm({ base, team, onClose, onSaved }: Omit<Props, 'open'>) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'team',
    initial: { name: team?.name ?? '' },
    labels: { name: t('field.teamName') },
    validate: (v) => requireFields(v, ['name'], t),
    submit: async (v) => {
      const name = v.name.trim();
      if (team) await api<Team>('PATCH', `${base}/teams/${encodeURIComponent(team.id)}`, { name });
      else await api<Team>('POST', `${base}/teams`, { name });
      toast(team ? t('teams.renamed', { name }) : t('teams.added', { name }));
      onSaved();
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field {...form.field('name')} required />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {team ? t('common.save') : t('teams.addSubmit')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </ButtonRow>
    </form>
  );
}
