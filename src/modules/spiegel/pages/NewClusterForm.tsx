/** Round 5 on the console: make an empty cluster with a title; post-its go into it afterwards. */
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { checkClusterTitle, clusterTitleMax } from './ClusterBits.tsx';
import { newIdempotencyKey, postOnce } from './commands.ts';

export function NewClusterForm({ base }: { base: string }) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'nieuw-cluster',
    initial: { title: '' },
    labels: { title: t('spiegel.clusters.newTitle') },
    validate: (v) => checkClusterTitle(v.title, t),
    submit: async (v, { reset }) => {
      const title = v.title.trim();
      await postOnce<{ id: string }>(`${base}/clusters`, {
        title,
        recommendationIds: [],
        idempotencyKey: newIdempotencyKey(),
      });
      reset();
      toast(t('spiegel.clusters.created', { title }));
      document.getElementById('nieuw-cluster-title')?.focus();
    },
  });

  return (
    <form className="form spiegel-new-cluster" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field {...form.field('title')} hint={t('spiegel.clusters.titleHint', { max: clusterTitleMax })} />
      <ButtonRow>
        <Button type="submit" variant="secondary" busy={form.busy}>
          {t('spiegel.clusters.create')}
        </Button>
      </ButtonRow>
    </form>
  );
}
