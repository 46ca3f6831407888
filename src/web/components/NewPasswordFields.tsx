/**
 * A new password with its hint, and the field to repeat it: the same pair on every form that sets a password.
 *
 * @example <NewPasswordFields field={form.field} name="newPassword" />
 */
import { PASSWORD_MIN } from '../../modules/accounts/domain/passwords.ts';
import { useT } from '../i18n.tsx';
import type { BoundField } from '../useForm.ts';
import { Field } from './Field.tsx';

interface Props {
  /** `form.field` of the form the fields belong to (a method signature, so any form's field names fit). */
  field(name: string): BoundField;
  /** The name of the new password's field; the repeat field is always `repeat`. */
  name?: string;
  /** The shortest password allowed here: longer for a confidant. */
  min?: number;
}

export function NewPasswordFields({ field, name = 'password', min = PASSWORD_MIN }: Props) {
  const { t } = useT();
  return (
    <>
      <Field
        {...field(name)}
        type="password"
        autoComplete="new-password"
        hint={t(min > PASSWORD_MIN ? 'form.passwordHintConfidant' : 'form.passwordHint', { min })}
        required
      />
      <Field {...field('repeat')} type="password" autoComplete="new-password" required />
    </>
  );
}
