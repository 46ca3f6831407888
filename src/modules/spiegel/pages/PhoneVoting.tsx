/**
 * Round 5 on a phone. While the voting is open: spread your votes over the clusters (more than one on the same
 * cluster is allowed) and take them back. Otherwise the clusters and their votes, to read. Your votes come
 * from the server (myVotes); the phone keeps only the vote that is on its way.
 */
import { useState } from 'react';
import { asApiError } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { ClusterView, LiveView } from '../domain/protocol.ts';
import type { MirrorTemplate } from '../domain/template.ts';
import { isRound5, postitsText, RankingList } from './ClusterBits.tsx';
import { newIdempotencyKey, postOnce } from './commands.ts';

interface Props {
  /** The participant's token from joining, as stored on this phone. */
  token: string;
  live: LiveView;
  template: MirrorTemplate;
}

export function PhoneVoting({ token, live, template }: Props) {
  const { t } = useT();
  const toast = useToast();
  const [pending, setPending] = useState<string | null>(null);
  if (!isRound5(template, live.phaseIndex) || live.clusters.length === 0) return null;

  if (!live.voting.open) {
    return (
      <section aria-labelledby="phone-clusters">
        <h3 id="phone-clusters">{t('spiegel.vote.clusters')}</h3>
        <p>{t('spiegel.vote.notOpen')}</p>
        <RankingList clusters={live.clusters} withPostits />
      </section>
    );
  }

  const total = live.voting.perPerson;
  const left = Math.max(0, total - live.myVotes.length);
  const mine = (cluster: ClusterView) => live.myVotes.filter((id) => id === cluster.id).length;

  async function vote(cluster: ClusterView, add: boolean) {
    if (pending) return;
    setPending(`${cluster.id}:${add}`);
    try {
      const result = await postOnce<{ votesLeft: number }>('/api/live/votes', {
        token,
        clusterId: cluster.id,
        add,
        idempotencyKey: newIdempotencyKey(),
      });
      const params = { title: cluster.title, left: result.votesLeft };
      toast(add ? t('spiegel.vote.given', params) : t('spiegel.vote.takenBack', params));
      // The pressed button may go away (the last vote back) or switch off (no votes left): the focus stays
      // with the cluster.
      if ((add && result.votesLeft === 0) || (!add && mine(cluster) <= 1)) {
        document.getElementById(`stem-${cluster.id}`)?.focus();
      }
    } catch (error) {
      toast(asApiError(error).message);
    } finally {
      setPending(null);
    }
  }

  return (
    <section aria-labelledby="phone-vote" className="spiegel-vote">
      <h3 id="phone-vote">{t('spiegel.vote.ask')}</h3>
      <p className="spiegel-vote__left" data-testid="votes-left">
        {t('spiegel.vote.left', { left, total })}
      </p>
      <p className="hint">{t('spiegel.vote.lead')}</p>
      <ul className="spiegel-vote__list">
        {live.clusters.map((c) => {
          const n = mine(c);
          return (
            <li key={c.id} className="spiegel-vote__cluster">
              <h4 id={`stem-${c.id}`} tabIndex={-1}>
                {c.title}
              </h4>
              <p>
                {postitsText(t, c.recommendationIds.length)} · {t('spiegel.vote.mine', { count: n })}
              </p>
              <div className="actions">
                <Button
                  disabled={left === 0}
                  busy={pending === `${c.id}:true`}
                  onClick={() => void vote(c, true)}
                >
                  <span aria-hidden="true">+</span> {t('spiegel.vote.give')}
                  <VisuallyHidden> {t('spiegel.vote.giveOn', { title: c.title })}</VisuallyHidden>
                </Button>
                {n > 0 && (
                  <Button
                    variant="secondary"
                    busy={pending === `${c.id}:false`}
                    onClick={() => void vote(c, false)}
                  >
                    <span aria-hidden="true">−</span> {t('spiegel.vote.takeBack')}
                    <VisuallyHidden> {t('spiegel.vote.takeBackFrom', { title: c.title })}</VisuallyHidden>
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
