/**
 * The tools at the top of a cluster's column on the console: a small form to give it another title, and
 * "Cluster opheffen" (the board asks first when the cluster already has votes).
 */
import { api } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import type { ClusterView } from '../domain/protocol.ts';
import { checkClusterTitle } from './ClusterBits.tsx';

interface Props {
  /** The REST base of the session. */
  base: string;
  cluster: ClusterView;
  removing: boolean;
  onRemove: (cluster: ClusterView) => void;
}

export function ClusterTools({ base, cluster, removing, onRemove }: Props) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: `cluster-${cluster.id}`,
    initial: { title: cluster.title },
    labels: { title: t('spiegel.clusters.titleField') },
    validate: (v) => checkClusterTitle(v.title, t),
    submit: async (v) => {
      const title = v.title.trim();
      await api<void>('PATCH', `${base}/clusters/${encodeURIComponent(cluster.id)}`, { title });
      form.set('title', title);
      toast(t('spiegel.clusters.renamed'));
    },
  });

  return (
    <div className="spiegel-board__tools">
      <form className="spiegel-board__rename" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...form.summary} />
        <Field {...form.field('title')} />
        <Button type="submit" variant="secondary" className="button--small" busy={form.busy}>
          {t('common.save')}
          <VisuallyHidden> {t('spiegel.clusters.renameWhich', { title: cluster.title })}</VisuallyHidden>
        </Button>
      </form>
      <Button variant="danger" className="button--small" busy={removing} onClick={() => onRemove(cluster)}>
        {t('spiegel.clusters.remove')}
        <VisuallyHidden> {t('spiegel.clusters.removeWhich', { title: cluster.title })}</VisuallyHidden>
      </Button>
    </div>
  );
}
