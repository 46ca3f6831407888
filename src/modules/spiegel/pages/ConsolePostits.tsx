/**
 * Round 4 on the console: every post-it by group and target, each with "Verwijderen" (after a check), and a
 * form to type in post-its written on paper. New and removed post-its arrive over the WebSocket.
 */
import { useState } from 'react';
import { api } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { LiveView } from '../domain/protocol.ts';
import type { Recommendation } from '../domain/recommendations.ts';
import { PaperPostitForm } from './PaperPostitForm.tsx';
import { byGroup, groupLabel, PostitsByTarget, shortText } from './RecommendationBits.tsx';

interface Props {
  /** The REST base of the session. */
  base: string;
  live: LiveView;
}

export function ConsolePostits({ base, live }: Props) {
  const { t } = useT();
  const toast = useToast();
  const [removing, setRemoving] = useState<Recommendation | null>(null);

  async function remove(recommendation: Recommendation) {
    await api<void>('DELETE', `${base}/recommendations/${encodeURIComponent(recommendation.id)}`);
    setRemoving(null);
    toast(t('spiegel.recs.removed'));
  }

  return (
    <>
      {live.recommendations.length === 0 && <p>{t('spiegel.recs.noneYet')}</p>}
      <div data-testid="recommendations">
        {byGroup(live.recommendations).map(([index, list]) => (
          <div key={index ?? 'none'} className="spiegel-postits__group">
            <h3>{groupLabel(t, index)}</h3>
            <PostitsByTarget
              list={list}
              level={4}
              extra={(r) => (
                <Button variant="danger" className="button--small" onClick={() => setRemoving(r)}>
                  {t('common.delete')}
                  <VisuallyHidden>
                    {' '}
                    {t('spiegel.recs.removeWhich', { text: shortText(r.text) })}
                  </VisuallyHidden>
                </Button>
              )}
            />
          </div>
        ))}
      </div>
      <h3>{t('spiegel.recs.paper')}</h3>
      <p>{t('spiegel.recs.paperLead')}</p>
      <PaperPostitForm base={base} groups={live.groups} />
      <ConfirmDialog
        open={removing !== null}
        title={t('spiegel.recs.removeTitle')}
        confirmLabel={t('common.delete')}
        onClose={() => setRemoving(null)}
        onConfirm={() => (removing ? remove(removing) : Promise.resolve())}
      >
        <p>{t('spiegel.recs.removeText')}</p>
        <p className="spiegel-postit">{removing?.text}</p>
      </ConfirmDialog>
    </>
  );
}
