/** Applying the password rule where someone chooses a new password, with a message that says why. */
import { HttpError } from '../../../server/errors.ts';
import { PASSWORD_MIN, passwordMinimum } from '../domain/passwords.ts';

/**
 * Refuses a new password shorter than these roles need (400, on `field`). The schema already refused anything
 * shorter than the general minimum; this adds the confidant's longer one.
 */
export function requireLongEnough(password: string, roles: readonly string[], field: string): void {
  const min = passwordMinimum(roles);
  if (password.length >= min) return;
  if (min === PASSWORD_MIN)
    throw new HttpError(400, 'errors.validation', {}, { [field]: ['validation.tooShort', { min }] });
  throw new HttpError(
    400,
    'errors.confidantPassword',
    { min },
    { [field]: ['validation.confidantPassword', { min }] },
  );
}
