/**
 * Round 4 on the projector: while the groups write, only how many post-its each group has per target (no
 * texts); once the groups phase is over, all post-its by target, large, for the room to cluster. In round 5
 * the clusters and the ranking come first, with the post-its not yet in a cluster below them.
 */
import { Table } from '../../../web/components/Table.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { LiveView } from '../domain/protocol.ts';
import { groupsPhaseIndex, type Target, targets } from '../domain/recommendations.ts';
import type { MirrorTemplate } from '../domain/template.ts';
import { unsortedOf } from './ClusterBits.tsx';
import { ProjectorClusters } from './ProjectorClusters.tsx';
import { groupLabel, PostitsByTarget, useTargetWords } from './RecommendationBits.tsx';

interface Props {
  live: LiveView;
  template: MirrorTemplate;
}

export function ProjectorPostits({ live, template }: Props) {
  const { t } = useT();
  const groupsPhase = groupsPhaseIndex(template.phases);
  if (template.phases[live.phaseIndex]?.seating === 'groups') return <PostitCounts live={live} />;
  if (groupsPhase < 0 || live.phaseIndex <= groupsPhase) return null;
  // Once there are clusters, the post-its in them are on the cluster cards; the rest stay below.
  const clustered = live.clusters.length > 0;
  const list = clustered ? unsortedOf(live) : live.recommendations;
  return (
    <>
      <ProjectorClusters live={live} />
      {(!clustered || list.length > 0) && (
        <section aria-labelledby="projector-postits" className="projector__postits">
          <h3 id="projector-postits">{clustered ? t('spiegel.clusters.unsorted') : t('spiegel.recs.all')}</h3>
          {list.length === 0 && <p>{t('spiegel.recs.noneYet')}</p>}
          <div data-testid="recommendations">
            <PostitsByTarget list={list} level={4} />
          </div>
        </section>
      )}
    </>
  );
}

interface Row {
  key: string;
  name: string;
  counts: Record<Target, number>;
  total: number;
}

/** One row per drawn group (and one for post-its without a group, if any), one column per target. */
function countRows(live: LiveView, name: (index: number | null) => string): Row[] {
  const indexes = new Set<number | null>((live.groups ?? []).map((_, i) => i));
  for (const c of live.recommendationCounts) indexes.add(c.groupIndex);
  const order = (i: number | null) => i ?? Number.MAX_SAFE_INTEGER;
  return [...indexes]
    .sort((a, b) => order(a) - order(b))
    .map((index) => {
      const counts = Object.fromEntries(targets.map((x) => [x, 0])) as Record<Target, number>;
      for (const c of live.recommendationCounts) if (c.groupIndex === index) counts[c.target] += c.count;
      const total = targets.reduce((sum, x) => sum + counts[x], 0);
      return { key: String(index), name: name(index), counts, total };
    });
}

function PostitCounts({ live }: { live: LiveView }) {
  const { t } = useT();
  const words = useTargetWords();
  const rows = countRows(live, (index) => groupLabel(t, index));
  if (rows.length === 0) return null;
  return (
    <div className="projector__postits projector__counts" data-testid="recommendation-counts">
      <Table
        caption={t('spiegel.recs.counts')}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { header: t('spiegel.recs.group'), rowHeader: true, cell: (row) => row.name },
          ...targets.map((x) => ({ header: words.label(x), cell: (row: Row) => row.counts[x] })),
          { header: t('spiegel.recs.total'), cell: (row) => row.total },
        ]}
      />
    </div>
  );
}
