/** Client-side checks that save a round trip; the server checks everything again. */
import { PASSWORD_MIN } from '../modules/accounts/domain/passwords.ts';
import type { FieldErrors } from './api.ts';
import type { Translate } from './i18n.tsx';

export { PASSWORD_MIN };

/** An error for every named field that is empty. */
export function requireFields<V extends Record<string, unknown>>(
  values: V,
  names: readonly (keyof V & string)[],
  t: Translate,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const name of names) {
    if (String(values[name] ?? '').trim() === '') errors[name] = t('validation.required');
  }
  return errors;
}

/** Adds errors for a new password that is too short (for the person's roles) or not repeated the same way. */
export function checkNewPassword(
  errors: FieldErrors,
  password: string,
  repeat: string,
  names: { password: string; repeat: string },
  t: Translate,
  min = PASSWORD_MIN,
): FieldErrors {
  if (!errors[names.password] && password.length < min) {
    errors[names.password] = t(min > PASSWORD_MIN ? 'validation.confidantPassword' : 'validation.tooShort', {
      min,
    });
  }
  if (!errors[names.repeat] && repeat !== password) errors[names.repeat] = t('form.passwordMismatch');
  return errors;
}

/** Adds an error when an email address is obviously malformed. */
export function checkEmail(errors: FieldErrors, name: string, email: string, t: Translate): FieldErrors {
  if (!errors[name] && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors[name] = t('validation.email');
  return errors;
}

/** Adds an error unless the code is six digits (spaces allowed, as apps show "123 456"). */
export function checkTotpCode(errors: FieldErrors, name: string, code: string, t: Translate): FieldErrors {
  if (!errors[name] && !/^\d{6}$/.test(code.replace(/\s/g, ''))) errors[name] = t('validation.totpCode');
  return errors;
}
