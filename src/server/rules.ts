/**
 * Authorization as data: every route declares who may call it in `config.auth`. A route without a rule
 * makes the server refuse to start, and the authorization-matrix test walks all of them.
 *
 * @example app.get('/api/schools/:schoolId/teams', { config: { auth: rules.school('admin', 'coordinator') } }, …)
 */
import type { Role } from '../modules/accounts/domain/roles.ts';

export type AuthRule =
  /** Anyone, signed in or not. */
  | { kind: 'public' }
  /** Someone who gave their password and still has to give a TOTP code. */
  | { kind: 'pendingTotp' }
  /** Signed in, also while the TOTP that their role requires is not set up yet (to set it up). */
  | { kind: 'enrolTotp' }
  /** Signed in, fully. */
  | { kind: 'signedIn' }
  /** An administrator of the whole organisation (school board). */
  | { kind: 'orgAdmin' }
  /** One of `roles` in the school named by the route's `:schoolId`; an organisation admin counts as admin. */
  | { kind: 'school'; roles: readonly Role[] };

export const rules = {
  public: { kind: 'public' },
  pendingTotp: { kind: 'pendingTotp' },
  enrolTotp: { kind: 'enrolTotp' },
  signedIn: { kind: 'signedIn' },
  orgAdmin: { kind: 'orgAdmin' },
  school: (...roles: Role[]): AuthRule => ({ kind: 'school', roles }),
} as const satisfies Record<string, AuthRule | ((...r: Role[]) => AuthRule)>;
