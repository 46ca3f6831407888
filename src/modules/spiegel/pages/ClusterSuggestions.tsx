/**
 * Round 5 on the console: Kring suggests clusters for the post-its not yet in one (from their texts). Each
 * suggestion shows its post-its and becomes a cluster with one button, or all of them at once. A post-it the
 * facilitator sorted by hand since then is left out of the suggestion.
 */
import { useRef, useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { LiveView } from '../domain/protocol.ts';
import { unsortedOf } from './ClusterBits.tsx';
import { newIdempotencyKey, postOnce } from './commands.ts';

interface Suggestion {
  /** The idempotency key of making this suggestion into a cluster: the same for a retry. */
  key: string;
  title: string;
  recommendationIds: string[];
}

interface Props {
  /** The REST base of the session. */
  base: string;
  live: LiveView;
}

export function ClusterSuggestions({ base, live }: Props) {
  const { t } = useT();
  const toast = useToast();
  const [fetched, setFetched] = useState<Suggestion[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const unsorted = new Map(unsortedOf(live).map((r) => [r.id, r]));
  const shown = (fetched ?? [])
    .map((s) => ({ ...s, recommendationIds: s.recommendationIds.filter((id) => unsorted.has(id)) }))
    .filter((s) => s.recommendationIds.length > 0);

  async function load() {
    if (busy) return;
    setBusy('fetch');
    try {
      const found = await api<{ title: string; recommendationIds: string[] }[]>(
        'GET',
        `${base}/cluster-suggestions`,
      );
      setFetched(found.map((s) => ({ ...s, key: newIdempotencyKey() })));
      toast(
        found.length === 0
          ? t('spiegel.clusters.noSuggestions')
          : t('spiegel.clusters.suggestionsFound', { count: found.length }),
      );
    } catch (error) {
      toast(asApiError(error).message);
    } finally {
      setBusy(null);
    }
  }

  async function create(list: Suggestion[], label: string) {
    if (busy) return;
    setBusy(label);
    const made: Suggestion[] = [];
    try {
      for (const s of list) {
        await postOnce<{ id: string }>(`${base}/clusters`, {
          title: s.title,
          recommendationIds: s.recommendationIds,
          idempotencyKey: s.key,
        });
        made.push(s);
        setFetched((all) => (all ?? []).filter((x) => x.key !== s.key));
      }
    } catch (error) {
      toast(asApiError(error).message);
    } finally {
      setBusy(null);
    }
    const [first] = made;
    if (!first) return;
    toast(
      made.length === 1
        ? t('spiegel.clusters.created', { title: first.title })
        : t('spiegel.clusters.createdAll', { count: made.length }),
    );
    // The button that was pressed is gone with its suggestion: the focus goes back to the start.
    heading.current?.focus();
  }

  return (
    <div className="spiegel-suggestions">
      <h3 id="cluster-suggestions" ref={heading} tabIndex={-1}>
        {t('spiegel.clusters.suggestions')}
      </h3>
      <p>{t('spiegel.clusters.suggestionsLead')}</p>
      <div className="actions">
        <Button variant="secondary" busy={busy === 'fetch'} onClick={() => void load()}>
          {t('spiegel.clusters.fetch')}
        </Button>
        {shown.length > 0 && (
          <Button busy={busy === 'all'} onClick={() => void create(shown, 'all')}>
            {t('spiegel.clusters.createAll')}
          </Button>
        )}
      </div>
      {fetched !== null && shown.length === 0 && <p>{t('spiegel.clusters.noSuggestions')}</p>}
      {shown.length > 0 && (
        <ul className="spiegel-suggestions__list">
          {shown.map((s) => (
            <li key={s.key} className="spiegel-suggestion">
              <h4>{s.title}</h4>
              <ul>
                {s.recommendationIds.map((id) => (
                  <li key={id} className="spiegel-postit">
                    {unsorted.get(id)?.text}
                  </li>
                ))}
              </ul>
              <Button
                variant="secondary"
                className="button--small"
                busy={busy === s.key}
                onClick={() => void create([s], s.key)}
              >
                {t('spiegel.clusters.create')}
                <VisuallyHidden> {t('spiegel.clusters.createWhich', { title: s.title })}</VisuallyHidden>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
