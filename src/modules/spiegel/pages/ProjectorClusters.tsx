/**
 * Round 5 on the projector: the clusters as large cards with their post-its and, once anyone has voted, the
 * ranking with bars. The numbers are always there as text; the bars only show them.
 */
import { useT } from '../../../web/i18n.tsx';
import type { LiveView } from '../domain/protocol.ts';
import { postitsOf, RankingList } from './ClusterBits.tsx';

export function ProjectorClusters({ live }: { live: LiveView }) {
  const { t } = useT();
  if (live.clusters.length === 0) return null;
  const voted = live.clusters.some((c) => c.votes > 0);
  return (
    <>
      {live.voting.open && <p className="projector__vote-cue">{t('spiegel.vote.projectorCue')}</p>}
      {voted && (
        <section aria-labelledby="projector-ranking" className="projector__ranking">
          <h3 id="projector-ranking">{t('spiegel.vote.ranking')}</h3>
          <RankingList clusters={live.clusters} bars />
        </section>
      )}
      <section aria-labelledby="projector-clusters" className="projector__clusters">
        <h3 id="projector-clusters">{t('spiegel.clusters.board')}</h3>
        <ul className="projector__cluster-cards" data-testid="clusters">
          {live.clusters.map((c) => (
            <li key={c.id} className="projector__cluster">
              <h4>{c.title}</h4>
              <ul>
                {postitsOf(c, live.recommendations).map((r) => (
                  <li key={r.id} className="spiegel-postit">
                    {r.text}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
