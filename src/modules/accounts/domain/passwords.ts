/** Kring's password rule: long enough to resist guessing, short enough to hash quickly. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/**
 * For anyone who holds the confidant role: their password locks the key that opens every report of their school
 * (PRODUCT M3), so with a copy of the database it is all that stands between a guesser and those reports.
 */
export const CONFIDANT_PASSWORD_MIN = 15;

/**
 * The shortest password a person with these roles (in any school) may choose.
 *
 * @example passwordMinimum(['teacher', 'confidant']) // 15
 */
export function passwordMinimum(roles: readonly string[]): number {
  return roles.includes('confidant') ? CONFIDANT_PASSWORD_MIN : PASSWORD_MIN;
}

/** Emails compare case-insensitively; Kring stores them trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
