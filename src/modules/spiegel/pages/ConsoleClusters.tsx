/**
 * Round 5 on the console, "Ordenen en kiezen": suggestions, the board with a column per cluster, a form for a
 * new cluster, and the dot voting with its live ranking.
 */
import { useT } from '../../../web/i18n.tsx';
import type { LiveView } from '../domain/protocol.ts';
import { ClusterBoard } from './ClusterBoard.tsx';
import { ClusterSuggestions } from './ClusterSuggestions.tsx';
import { NewClusterForm } from './NewClusterForm.tsx';
import { VotingPanel } from './VotingPanel.tsx';

interface Props {
  /** The REST base of the session. */
  base: string;
  live: LiveView;
}

export function ConsoleClusters({ base, live }: Props) {
  const { t } = useT();
  return (
    <section aria-labelledby="console-clusters" className="spiegel-console__wide spiegel-clusters">
      <h2 id="console-clusters">{t('spiegel.clusters.title')}</h2>
      <p>{t('spiegel.clusters.lead')}</p>
      <ClusterSuggestions base={base} live={live} />
      <h3>{t('spiegel.clusters.board')}</h3>
      <p>{t('spiegel.clusters.boardLead')}</p>
      <ClusterBoard base={base} live={live} />
      <h3>{t('spiegel.clusters.new')}</h3>
      <NewClusterForm base={base} />
      <h3>{t('spiegel.vote.title')}</h3>
      <VotingPanel base={base} live={live} />
    </section>
  );
}
