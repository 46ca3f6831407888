/** The facilitator types in a post-it a group wrote on paper: for which group, for whom, and its text. */
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field, type Option } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import type { LiveView } from '../domain/protocol.ts';
import { newIdempotencyKey, postOnce } from './commands.ts';
import { PostitFields } from './PostitFields.tsx';
import { groupLabel } from './RecommendationBits.tsx';

const noGroup = 'none';

interface Props {
  /** The REST base of the session. */
  base: string;
  groups: LiveView['groups'];
}

export function PaperPostitForm({ base, groups }: Props) {
  const { t } = useT();
  const toast = useToast();
  const groupOptions: Option[] = [
    ...(groups ?? []).map((_, index) => ({ value: String(index), label: groupLabel(t, index) })),
    { value: noGroup, label: groupLabel(t, null) },
  ];
  // After the groups are drawn again, a chosen group may no longer exist: then the first one counts.
  const chosen = (value: string) =>
    groupOptions.some((o) => o.value === value) ? value : (groupOptions[0]?.value ?? noGroup);

  const form = useForm({
    id: 'papier',
    initial: { group: '0', target: 'students', text: '' },
    labels: {
      group: t('spiegel.recs.group'),
      target: t('spiegel.recs.target'),
      text: t('spiegel.recs.paperText'),
    },
    validate: (v) => requireFields(v, ['target', 'text'], t),
    submit: async (v) => {
      const group = chosen(v.group);
      await postOnce<{ id: string }>(`${base}/recommendations`, {
        groupIndex: group === noGroup ? null : Number(group),
        target: v.target,
        text: v.text.trim(),
        idempotencyKey: newIdempotencyKey(),
      });
      // Group and target stay: the next post-it is often from the same sheet.
      form.set('text', '');
      toast(t('spiegel.recs.added'));
      document.getElementById('papier-text')?.focus();
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field
        {...form.field('group')}
        value={chosen(form.values.group)}
        type="select"
        options={groupOptions}
      />
      <PostitFields form={form} rows={3} />
      <ButtonRow>
        <Button type="submit" variant="secondary" busy={form.busy}>
          {t('spiegel.recs.add')}
        </Button>
      </ButtonRow>
    </form>
  );
}
