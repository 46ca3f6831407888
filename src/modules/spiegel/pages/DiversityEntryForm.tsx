/** One invited student's optional attributes; "Toevoegen" puts them on the list that is not saved yet. */
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { Checkbox, Field } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import type { DiversityEntry } from './types.ts';

const involvements = ['studentCouncil', 'gsa', 'other'] as const;

export function DiversityEntryForm({ onAdd }: { onAdd: (entry: DiversityEntry) => void }) {
  const { t } = useT();
  const form = useForm({
    id: 'diversity',
    initial: { year: '', level: '', gender: '', studentCouncil: false, gsa: false, other: false },
    labels: {
      year: t('spiegel.diversity.year'),
      level: t('spiegel.diversity.level'),
      gender: t('spiegel.diversity.gender'),
      studentCouncil: t('spiegel.diversity.involvement.studentCouncil'),
      gsa: t('spiegel.diversity.involvement.gsa'),
      other: t('spiegel.diversity.involvement.other'),
    },
    submit: async (v, { reset }) => {
      const text = (value: string) => value.trim() || null;
      onAdd({
        year: text(v.year),
        level: text(v.level),
        gender: text(v.gender),
        involvement: involvements.filter((x) => v[x]),
      });
      reset();
      document.getElementById('diversity-year')?.focus();
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <Field {...form.field('year')} hint={t('spiegel.diversity.yearHint')} />
      <Field {...form.field('level')} hint={t('spiegel.diversity.levelHint')} />
      <Field {...form.field('gender')} hint={t('spiegel.diversity.genderHint')} />
      <fieldset className="fieldset">
        <legend className="field__label">{t('spiegel.diversity.involvement')}</legend>
        {involvements.map((x) => (
          <Checkbox key={x} {...form.checkbox(x)} />
        ))}
      </fieldset>
      <ButtonRow>
        <Button type="submit" variant="secondary">
          {t('spiegel.diversity.add')}
        </Button>
      </ButtonRow>
    </form>
  );
}
