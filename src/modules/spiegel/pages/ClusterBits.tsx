/**
 * Pieces the three screens share for round 5 (clusters and dot voting): when it is on, which post-its are not
 * sorted yet, how votes and post-its are counted in words, and the ranking.
 */
import type { FieldErrors } from '../../../web/api.ts';
import { type Translate, useT } from '../../../web/i18n.tsx';
import type { ClusterView, LiveView } from '../domain/protocol.ts';
import { groupsPhaseIndex, type Recommendation } from '../domain/recommendations.ts';
import type { MirrorTemplate } from '../domain/template.ts';

/** The longest title of a cluster (the server says the same). */
export const clusterTitleMax = 80;

/** Round 5 is every phase after the groups phase. */
export function isRound5(template: Pick<MirrorTemplate, 'phases'>, phaseIndex: number): boolean {
  const groups = groupsPhaseIndex(template.phases);
  return groups >= 0 && phaseIndex > groups;
}

/** The post-its that are in no cluster yet. */
export function unsortedOf(live: Pick<LiveView, 'recommendations' | 'clusters'>): Recommendation[] {
  const sorted = new Set(live.clusters.flatMap((c) => c.recommendationIds));
  return live.recommendations.filter((r) => !sorted.has(r.id));
}

/** The post-its of a cluster that this screen knows about, in the cluster's order. */
export function postitsOf(
  cluster: ClusterView,
  recommendations: readonly Recommendation[],
): Recommendation[] {
  const byId = new Map(recommendations.map((r) => [r.id, r]));
  return cluster.recommendationIds.flatMap((id) => byId.get(id) ?? []);
}

/** "1 stem", "5 stemmen". */
export function votesText(t: Translate, count: number): string {
  return count === 1 ? t('spiegel.vote.votesOne') : t('spiegel.vote.votes', { count });
}

/** "1 post-it", "3 post-its". */
export function postitsText(t: Translate, count: number): string {
  return count === 1 ? t('spiegel.clusters.postitsOne') : t('spiegel.clusters.postits', { count });
}

/** The errors of a cluster title: empty or too long. */
export function checkClusterTitle(title: string, t: Translate): FieldErrors {
  if (title.trim() === '') return { title: t('validation.required') };
  if (title.trim().length > clusterTitleMax)
    return { title: t('validation.tooLong', { max: clusterTitleMax }) };
  return {};
}

interface RankingProps {
  clusters: readonly ClusterView[];
  /** A bar per cluster besides the numbers (the projector). */
  bars?: boolean;
  /** How many post-its each cluster holds (the phone). */
  withPostits?: boolean;
}

/**
 * "1. Pesten — 5 stemmen" per cluster, best first (ties share a rank). Before anyone has voted there is no rank
 * yet: "Pesten — 0 stemmen". The bars only repeat the numbers, which are always there as text.
 */
export function RankingList({ clusters, bars = false, withPostits = false }: RankingProps) {
  const { t } = useT();
  const ranked = [...clusters].sort((a, b) => a.rank - b.rank);
  const voted = clusters.some((c) => c.votes > 0);
  const most = Math.max(1, ...clusters.map((c) => c.votes));
  return (
    <ul className={`spiegel-ranking${bars ? ' spiegel-ranking--bars' : ''}`} data-testid="ranking">
      {ranked.map((c) => {
        const votes = votesText(t, c.votes);
        return (
          <li key={c.id}>
            <span className="spiegel-ranking__text">
              {voted
                ? t('spiegel.vote.rankLine', { rank: c.rank, title: c.title, votes })
                : t('spiegel.vote.line', { title: c.title, votes })}
              {withPostits && ` · ${postitsText(t, c.recommendationIds.length)}`}
            </span>
            {bars && (
              <span className="spiegel-bars__track" aria-hidden="true">
                <span
                  className="spiegel-bars__bar"
                  style={{ width: `${Math.round((c.votes / most) * 100)}%` }}
                />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
