/**
 * A group of checkboxes to choose people (observers, intervision members, colleagues to share with), bound to a
 * form field that holds the chosen ids separated by commas. The first checkbox carries the field's id, so the
 * error summary can link to the group.
 */
import { Checkbox } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { BoundField } from '../../../web/useForm.ts';

export interface Choosable {
  id: string;
  name: string;
  /** A word about the person under their name, e.g. their team. */
  note?: string;
}

interface Props {
  field: BoundField;
  people: readonly Choosable[];
  hint?: string;
  /** Said when there is nobody to choose. */
  empty: string;
}

/** The ids in a checklist field's value. */
export const chosenIds = (value: string): string[] => value.split(',').filter(Boolean);

export function PeopleChecklist({ field, people, hint, empty }: Props) {
  const { t } = useT();
  const selected = chosenIds(field.value);
  const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <fieldset className={`fieldset${field.error ? ' field--error' : ''}`}>
      <legend className="field__label">{field.label}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {field.error && (
        <p className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {field.error}
        </p>
      )}
      {sorted.length === 0 && <p>{empty}</p>}
      <div className="spiegel-checklist">
        {sorted.map((person, index) => (
          <Checkbox
            key={person.id}
            id={index === 0 ? field.id : `${field.id}-${person.id}`}
            name={field.id}
            label={person.name}
            {...(person.note ? { hint: person.note } : {})}
            checked={selected.includes(person.id)}
            onChange={(checked) =>
              field.onChange(
                (checked ? [...selected, person.id] : selected.filter((x) => x !== person.id)).join(','),
              )
            }
          />
        ))}
      </div>
    </fieldset>
  );
}
