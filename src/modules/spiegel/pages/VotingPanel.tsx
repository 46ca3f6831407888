/**
 * Round 5's dot voting on the console: how many votes each person has, "Stemmen openen" / "Stemmen sluiten",
 * and the live ranking. The number can be changed while the voting is closed.
 */
import type { FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import type { LiveView } from '../domain/protocol.ts';
import { RankingList, votesText } from './ClusterBits.tsx';
import { sendCommand } from './commands.ts';
import { InputField } from './FormBits.tsx';

interface Props {
  /** The REST base of the session. */
  base: string;
  live: LiveView;
}

export function VotingPanel({ base, live }: Props) {
  const { t } = useT();
  const toast = useToast();
  const { voting, clusters } = live;
  const form = useForm({
    id: 'stemmen',
    initial: { perPerson: String(voting.perPerson) },
    labels: { perPerson: t('spiegel.vote.perPerson') },
    validate: (v): FieldErrors => {
      const n = Number(v.perPerson);
      const valid = v.perPerson.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 10;
      return voting.open || valid ? {} : { perPerson: t('spiegel.vote.range') };
    },
    submit: async (v) => {
      const open = !voting.open;
      const perPerson = open ? Number(v.perPerson) : voting.perPerson;
      await sendCommand(base, { type: 'setVoting', open, perPerson });
      toast(open ? t('spiegel.vote.opened') : t('spiegel.vote.closed'));
    },
  });
  const voted = clusters.some((c) => c.votes > 0);

  return (
    <>
      <p className="spiegel-label">
        {voting.open
          ? t('spiegel.vote.isOpen', { votes: votesText(t, voting.perPerson) })
          : t('spiegel.vote.isClosed')}
      </p>
      {clusters.length === 0 && <p className="hint">{t('spiegel.vote.needClusters')}</p>}
      <form className="form spiegel-voting" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...form.summary} />
        {!voting.open && (
          <InputField
            {...form.field('perPerson')}
            type="number"
            min={1}
            max={10}
            hint={t('spiegel.vote.perPersonHint')}
          />
        )}
        <ButtonRow>
          <Button type="submit" variant={voting.open ? 'secondary' : 'primary'} busy={form.busy}>
            {voting.open ? t('spiegel.vote.close') : t('spiegel.vote.open')}
          </Button>
        </ButtonRow>
      </form>
      <h4>{t('spiegel.vote.ranking')}</h4>
      {clusters.length === 0 && <p>{t('spiegel.clusters.none')}</p>}
      {clusters.length > 0 && !voted && <p className="hint">{t('spiegel.vote.noVotes')}</p>}
      {clusters.length > 0 && <RankingList clusters={clusters} />}
    </>
  );
}
