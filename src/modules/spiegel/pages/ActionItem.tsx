/**
 * One action of a session's plan: its facts and history; for editors a way to change or delete it, for its
 * owner (who may not change the rest) the status form.
 */
import { useId, useState } from 'react';
import { api } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import { Dialog } from '../../../web/components/Dialog.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import { ActionFacts, ActionHistory } from './ActionBits.tsx';
import { ActionForm, type ClusterOption } from './ActionForm.tsx';
import type { Action, ActionInput } from './followUpTypes.ts';
import { StatusForm } from './StatusForm.tsx';
import type { StaffMember } from './types.ts';

interface Props {
  schoolId: string;
  /** The REST base of the session. */
  base: string;
  action: Action;
  staff: readonly StaffMember[];
  clusters?: readonly ClusterOption[] | undefined;
  onChanged: (action: Action) => void;
  onDeleted: (actionId: string) => void;
}

export function ActionItem({ schoolId, base, action, staff, clusters, onChanged, onDeleted }: Props) {
  const { t } = useT();
  const toast = useToast();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const path = `${base}/actions/${encodeURIComponent(action.id)}`;

  async function save(input: ActionInput) {
    onChanged(await api<Action>('PATCH', path, input));
    setEditing(false);
    toast(t('spiegelPlan.saved'));
  }

  async function remove() {
    await api<void>('DELETE', path);
    setDeleting(false);
    onDeleted(action.id);
    toast(t('spiegelPlan.deleted'));
  }

  return (
    <li>
      <article
        aria-labelledby={headingId}
        className={`spiegel-action${action.overdue ? ' spiegel-action--overdue' : ''}`}
      >
        <h4 id={headingId} className="spiegel-action__what">
          {action.what}
        </h4>
        <ActionFacts action={action} />
        <ActionHistory history={action.history} />
        {action.canEdit && (
          <div className="actions">
            <Button variant="secondary" className="button--small" onClick={() => setEditing(true)}>
              {t('spiegelPlan.edit')}
              <VisuallyHidden>: {action.what}</VisuallyHidden>
            </Button>
            <Button variant="secondary" className="button--small" onClick={() => setDeleting(true)}>
              {t('common.delete')}
              <VisuallyHidden>: {action.what}</VisuallyHidden>
            </Button>
          </div>
        )}
        {!action.canEdit && action.canUpdateStatus && (
          <StatusForm schoolId={schoolId} action={action} onSaved={onChanged} />
        )}
      </article>
      {action.canEdit && (
        <>
          <Dialog open={editing} title={t('spiegelPlan.editTitle')} onClose={() => setEditing(false)}>
            <ActionForm
              id={`action-${action.id}`}
              action={action}
              clusters={clusters}
              staff={staff}
              submitLabel={t('common.save')}
              onSubmit={save}
              onCancel={() => setEditing(false)}
            />
          </Dialog>
          <ConfirmDialog
            open={deleting}
            title={t('spiegelPlan.deleteTitle')}
            confirmLabel={t('common.delete')}
            onConfirm={remove}
            onClose={() => setDeleting(false)}
          >
            <p>{t('spiegelPlan.deleteText', { what: action.what })}</p>
          </ConfirmDialog>
        </>
      )}
    </li>
  );
}
