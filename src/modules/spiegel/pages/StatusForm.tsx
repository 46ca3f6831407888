/**
 * The owner's small form under an action: a new status and, if they like, a note on what was done. The note
 * is shown to participants who follow the progress, so the hint says so.
 */
import { api, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { actionStatuses } from '../domain/actions.ts';
import { TextArea } from './FormBits.tsx';
import type { Action, StatusUpdate } from './followUpTypes.ts';
import { schoolBase } from './types.ts';

interface Props {
  schoolId: string;
  action: Pick<Action, 'id' | 'what' | 'status'>;
  onSaved: (action: Action) => void;
}

export function StatusForm({ schoolId, action, onSaved }: Props) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: `status-${action.id}`,
    initial: { status: action.status as string, note: '' },
    labels: { status: t('spiegelPlan.status.label'), note: t('spiegelPlan.status.note') },
    validate: (v): FieldErrors =>
      v.note.trim().length > 500 ? { note: t('validation.tooLong', { max: 500 }) } : {},
    submit: async (v) => {
      const body: StatusUpdate = { status: v.status as StatusUpdate['status'] };
      if (v.note.trim()) body.note = v.note.trim();
      const path = `${schoolBase(schoolId)}/mirror-actions/${encodeURIComponent(action.id)}/status`;
      const saved = await api<Action>('POST', path, body);
      onSaved(saved);
      // Start again from the saved status, not from the one the form first showed.
      form.reset({ status: saved.status, note: '' });
      toast(t('spiegelPlan.status.saved'));
    },
  });
  const note = form.field('note');

  return (
    <form className="form spiegel-status-form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field
        {...form.field('status')}
        type="select"
        options={actionStatuses.map((s) => ({ value: s, label: t(`action.status.${s}`) }))}
      />
      <TextArea
        id={note.id}
        label={note.label}
        value={note.value}
        error={note.error}
        onChange={note.onChange}
        hint={t('spiegelPlan.status.noteHint')}
        rows={2}
        maxLength={500}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('common.save')}
          <VisuallyHidden>: {action.what}</VisuallyHidden>
        </Button>
      </ButtonRow>
    </form>
  );
}
