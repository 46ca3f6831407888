/** The facilitators of a session: a group of checkboxes, one per person of the school. */
import type { Role } from '../../../web/apiTypes.ts';
import { Checkbox } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { StaffMember } from './types.ts';

interface Props {
  /** The form field's id; the first checkbox takes it, so the error summary can link to it. */
  id: string;
  legend: string;
  staff: readonly StaffMember[];
  selected: readonly string[];
  error: string | undefined;
  /** A note per person, after their roles (e.g. their home team). */
  notes?: Record<string, string>;
  onChange: (selected: string[]) => void;
}

const roleNames = new Set<string>(['admin', 'coordinator', 'facilitator', 'teacher', 'confidant', 'leader']);

export function FacilitatorChecklist({ id, legend, staff, selected, error, notes = {}, onChange }: Props) {
  const { t } = useT();
  // Facilitators first, then everyone else, each by name.
  const people = [...staff].sort(
    (a, b) =>
      Number(b.roles.includes('facilitator')) - Number(a.roles.includes('facilitator')) ||
      a.name.localeCompare(b.name),
  );
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`}>
      <legend className="field__label">{legend}</legend>
      {error && (
        <p className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {people.length === 0 && <p>{t('spiegel.plan.noStaff')}</p>}
      <div className="spiegel-checklist">
        {people.map((person, index) => (
          <Checkbox
            key={person.id}
            id={index === 0 ? id : `${id}-${person.id}`}
            name="facilitatorIds"
            label={person.name}
            hint={[
              person.roles
                .filter((role) => roleNames.has(role))
                .map((role) => t(`role.${role as Role}`))
                .join(', '),
              notes[person.id],
            ]
              .filter(Boolean)
              .join(' · ')}
            checked={selected.includes(person.id)}
            onChange={(checked) =>
              onChange(checked ? [...selected, person.id] : selected.filter((x) => x !== person.id))
            }
          />
        ))}
      </div>
    </fieldset>
  );
}
