/**
 * The two fields of every post-it form: for whom (with a hint about that target) and the text, with how many
 * characters are left. Used on the phone and on the facilitator's console.
 *
 * @example <PostitFields form={form} rows={4} />
 */
import { Field } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { BoundField } from '../../../web/useForm.ts';
import { TextArea } from './FormBits.tsx';
import { isTarget, postitMax, useTargetWords } from './RecommendationBits.tsx';

interface Props {
  /** The form the fields belong to: it has a `target` and a `text` field. */
  form: { field(name: string): BoundField; values: { target: string; text: string } };
  rows: number;
}

export function PostitFields({ form, rows }: Props) {
  const { t } = useT();
  const words = useTargetWords();
  const { target, text } = form.values;
  return (
    <>
      <Field
        {...form.field('target')}
        type="select"
        options={words.options}
        hint={isTarget(target) ? words.hint(target) : undefined}
      />
      <TextArea
        {...form.field('text')}
        rows={rows}
        maxLength={postitMax}
        hint={t('spiegel.recs.textHint', { max: postitMax, left: postitMax - text.length })}
      />
    </>
  );
}
