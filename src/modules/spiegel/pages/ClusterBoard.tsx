/**
 * Round 5's board on the console: a column "Nog niet geordend" and one per cluster. A post-it moves by dragging
 * it onto a column or with its "Verplaats naar" select; each move is told in the polite toast. The board shows
 * what the server says over the WebSocket; it keeps only the move that is on its way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import type { Option } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { ClusterView, LiveView } from '../domain/protocol.ts';
import { BoardColumn, type Follow } from './BoardColumn.tsx';
import { postitsOf, unsortedOf } from './ClusterBits.tsx';
import { ClusterTools } from './ClusterTools.tsx';

interface Props {
  /** The REST base of the session. */
  base: string;
  live: LiveView;
}

export function ClusterBoard({ base, live }: Props) {
  const { t } = useT();
  const toast = useToast();
  const [pending, setPending] = useState<{ id: string; to: string } | null>(null);
  const [follow, setFollow] = useState<Follow | null>(null);
  const [asking, setAsking] = useState<ClusterView | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const unsortedHeading = useRef<HTMLHeadingElement>(null);
  const onFollowed = useCallback(() => setFollow(null), []);
  const unsorted = unsortedOf(live);
  const unsortedTitle = t('spiegel.clusters.unsorted');
  const options: Option[] = [
    { value: '', label: unsortedTitle },
    ...live.clusters.map((c) => ({ value: c.id, label: c.title })),
  ];

  // A removed cluster takes its column and buttons with it: the focus goes to the unsorted post-its, where
  // its post-its are now (after the dialog, if any, has given the focus back).
  useEffect(() => {
    if (!removed || asking || live.clusters.some((c) => c.id === removed)) return;
    const timer = window.setTimeout(() => {
      unsortedHeading.current?.focus();
      setRemoved(null);
    }, 50);
    return () => window.clearTimeout(timer);
  }, [removed, asking, live.clusters]);

  async function move(recommendationId: string, to: string, withKeyboard: boolean) {
    const from = live.clusters.find((c) => c.recommendationIds.includes(recommendationId))?.id ?? '';
    if (pending || to === from) return;
    const name = live.clusters.find((c) => c.id === to)?.title ?? unsortedTitle;
    setPending({ id: recommendationId, to });
    if (withKeyboard) setFollow({ id: recommendationId, to });
    try {
      await api<void>('PUT', `${base}/recommendations/${encodeURIComponent(recommendationId)}/cluster`, {
        clusterId: to === '' ? null : to,
      });
      toast(t('spiegel.clusters.moved', { to: name }));
    } catch (error) {
      setFollow(null);
      toast(asApiError(error).message);
    } finally {
      setPending(null);
    }
  }

  /** Removes at once; throws so the dialog can show the server's message. */
  async function remove(cluster: ClusterView) {
    setRemoving(cluster.id);
    try {
      await api<void>('DELETE', `${base}/clusters/${encodeURIComponent(cluster.id)}`);
      setRemoved(cluster.id);
      toast(t('spiegel.clusters.removed'));
    } finally {
      setRemoving(null);
    }
  }

  function askRemove(cluster: ClusterView) {
    if (removing) return;
    // Only votes would be lost for good: the post-its just go back among the unsorted.
    if (cluster.votes > 0) setAsking(cluster);
    else remove(cluster).catch((error: unknown) => toast(asApiError(error).message));
  }

  const shared = { options, pending, follow, onMove: move, onFollowed };
  return (
    <>
      <div className="spiegel-board" data-testid="cluster-board">
        <BoardColumn id="" title={unsortedTitle} list={unsorted} headingRef={unsortedHeading} {...shared} />
        {live.clusters.map((c) => (
          <BoardColumn
            key={c.id}
            id={c.id}
            title={c.title}
            list={postitsOf(c, live.recommendations)}
            {...shared}
          >
            <ClusterTools base={base} cluster={c} removing={removing === c.id} onRemove={askRemove} />
          </BoardColumn>
        ))}
      </div>
      {live.clusters.length === 0 && <p>{t('spiegel.clusters.none')}</p>}
      <ConfirmDialog
        open={asking !== null}
        title={t('spiegel.clusters.removeTitle')}
        confirmLabel={t('spiegel.clusters.remove')}
        onClose={() => setAsking(null)}
        onConfirm={async () => {
          if (asking) await remove(asking);
          setAsking(null);
        }}
      >
        <p>{t('spiegel.clusters.removeText', { title: asking?.title ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
