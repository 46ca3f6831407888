/**
 * Round 4 on a phone: while the groups are at work, write a recommendation for your group ("Plakken"); below,
 * your group's post-its by target. After the groups phase the list stays, without the form.
 */
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import type { LiveView } from '../domain/protocol.ts';
import { groupsPhaseIndex } from '../domain/recommendations.ts';
import type { MirrorTemplate } from '../domain/template.ts';
import { newIdempotencyKey, postOnce } from './commands.ts';
import { PostitFields } from './PostitFields.tsx';
import { PostitsByTarget } from './RecommendationBits.tsx';

interface Props {
  /** The participant's token from joining, as stored on this phone. */
  token: string;
  live: LiveView;
  template: MirrorTemplate;
  inGroup: boolean;
}

export function PhonePostits({ token, live, template, inGroup }: Props) {
  const { t } = useT();
  const writing = template.phases[live.phaseIndex]?.seating === 'groups';
  const groupsPhase = groupsPhaseIndex(template.phases);
  const after = groupsPhase >= 0 && live.phaseIndex > groupsPhase;
  const list = live.recommendations;
  if (!writing && !(after && list.length > 0)) return null;

  return (
    <>
      {writing && !inGroup && <p className="hint">{t('spiegel.recs.waitForGroup')}</p>}
      {writing && inGroup && (
        <section aria-labelledby="phone-write">
          <h3 id="phone-write">{t('spiegel.recs.write')}</h3>
          <p>{t('spiegel.recs.writeLead')}</p>
          <PostitForm token={token} />
        </section>
      )}
      {(inGroup || list.length > 0) && (
        <section aria-labelledby="phone-postits">
          <h3 id="phone-postits">{t('spiegel.recs.ours')}</h3>
          {list.length === 0 && <p>{t('spiegel.recs.noneYet')}</p>}
          <div data-testid="recommendations">
            <PostitsByTarget list={list} level={4} />
          </div>
        </section>
      )}
    </>
  );
}

function PostitForm({ token }: { token: string }) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'aanbeveling',
    initial: { target: 'students', text: '' },
    labels: { target: t('spiegel.recs.target'), text: t('spiegel.recs.text') },
    validate: (v) => requireFields(v, ['target', 'text'], t),
    submit: async (v) => {
      await postOnce<{ id: string }>('/api/live/recommendations', {
        token,
        target: v.target,
        text: v.text.trim(),
        idempotencyKey: newIdempotencyKey(),
      });
      // The target stays: a group often writes several post-its for the same one.
      form.set('text', '');
      toast(t('spiegel.recs.stuck'));
      document.getElementById('aanbeveling-text')?.focus();
    },
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <PostitFields form={form} rows={4} />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('spiegel.recs.stick')}
        </Button>
      </ButtonRow>
    </form>
  );
}
