/**
 * Who takes an action on: a person, a role (everyone holding it in the school sees the action), or nobody
 * yet. A radio group in a fieldset, with the matching select right below the choice.
 */
import { Field, type Option } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { BoundField } from '../../../web/useForm.ts';

export const ownerKinds = ['person', 'role', 'none'] as const;
export type OwnerKind = (typeof ownerKinds)[number];

interface Props {
  kind: BoundField;
  person: BoundField;
  role: BoundField;
  personOptions: Option[];
  roleOptions: Option[];
}

export function OwnerChoice({ kind, person, role, personOptions, roleOptions }: Props) {
  const { t } = useT();
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{kind.label}</legend>
      <p className="field__hint">{t('spiegelPlan.form.ownerHint')}</p>
      {ownerKinds.map((value, index) => {
        // The first radio carries the field's own id, so the error summary can link to the group.
        const id = index === 0 ? kind.id : `${kind.id}-${value}`;
        return (
          <div key={value} className="checkbox checkbox__row">
            <input
              type="radio"
              id={id}
              name={kind.id}
              value={value}
              checked={kind.value === value}
              onChange={() => kind.onChange(value)}
            />
            <label htmlFor={id}>{t(`spiegelPlan.form.ownerKind.${value}`)}</label>
          </div>
        );
      })}
      {kind.value === 'person' && <Field {...person} type="select" required options={personOptions} />}
      {kind.value === 'role' && (
        <Field
          {...role}
          type="select"
          required
          hint={t('spiegelPlan.form.ownerRoleHint')}
          options={roleOptions}
        />
      )}
    </fieldset>
  );
}
