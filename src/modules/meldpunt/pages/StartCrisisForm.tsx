/**
 * Starting the board's crisis log: an optional name, then the button. Used on a case (by a confidant) and on the
 * board's crisis page (by a leader or administrator). The name is the board's to read: the hint says to keep
 * the report out of it.
 */
import { api, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';

const MAX_TITLE = 120;

interface Props {
  /** Where POST { title } starts it; answers with the log's id. */
  path: string;
  onStarted: (id: string) => void;
}

export function StartCrisisForm({ path, onStarted }: Props) {
  const { t } = useT();
  const form = useForm({
    id: 'crisis-start',
    initial: { title: '' },
    labels: { title: t('meldpuntCrisis.start.name') },
    validate: (v): FieldErrors =>
      v.title.trim().length > MAX_TITLE ? { title: t('validation.tooLong', { max: MAX_TITLE }) } : {},
    submit: async (v) => {
      const { id } = await api<{ id: string }>('POST', path, { title: v.title.trim() });
      onStarted(id);
    },
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field {...form.field('title')} hint={t('meldpuntCrisis.start.nameHint')} autoComplete="off" />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('meldpuntCrisis.start.button')}
        </Button>
      </ButtonRow>
    </form>
  );
}
