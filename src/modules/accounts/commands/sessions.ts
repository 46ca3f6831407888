/** Starting, presenting and ending signed-in sessions. */
import { isoAfter } from '../../../platform/clock.ts';
import { hashToken, newToken } from '../../../platform/crypto/tokens.ts';
import type { AuthContext } from '../../../server/auth.ts';
import type { Services } from '../../../server/context.ts';
import { PASSWORD_MIN, passwordMinimum } from '../domain/passwords.ts';
import { totpRequired } from '../domain/roles.ts';
import { SESSION_MAX_MS, TOTP_PENDING_MS } from '../domain/sessionPolicy.ts';
import { organisationsRepository } from '../repositories/organisations.ts';
import { sessionsRepository, settingsRepository } from '../repositories/sessions.ts';
import { SETUP_TOKEN_KEY } from './setup.ts';

/** Creates a session and returns the cookie values. The token itself is never stored. */
export async function startSession(services: Services, userId: string, state: 'active' | 'totp_pending') {
  const now = services.clock.now();
  const token = newToken();
  const csrf = newToken();
  await sessionsRepository(services.db).create({
    token_hash: hashToken(token),
    user_id: userId,
    state,
    csrf_token: csrf,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: isoAfter(now, state === 'active' ? SESSION_MAX_MS : TOTP_PENDING_MS),
    confidant_key: null,
    weak_password: 0,
  });
  return { token, csrf };
}

export interface SessionView {
  state: AuthContext['state'];
  setupRequired: boolean;
  user: null | {
    id: string;
    name: string;
    email: string;
    locale: 'nl' | 'en';
    isOrgAdmin: boolean;
    totpEnabled: boolean;
    totpRequired: boolean;
    /** The shortest password this person may choose (longer for a confidant). */
    passwordMin: number;
    /** Signed in with a password too short for the confidant role: reports stay shut until they choose another. */
    passwordTooShort: boolean;
    organisation: { id: string; name: string };
    memberships: { id: string; schoolId: string; schoolName: string; role: string; teamId: string | null }[];
  };
}

/** What the web app needs to know about the caller. A half-signed-in caller learns nothing about the account. */
export async function presentSession(services: Services, auth: AuthContext): Promise<SessionView> {
  const setupRequired = (await settingsRepository(services.db).get(SETUP_TOKEN_KEY)) !== undefined;
  const { user } = auth;
  if (!user || auth.state === 'anonymous' || auth.state === 'totp_pending') {
    return { state: auth.state, setupRequired, user: null };
  }
  const organisation = await organisationsRepository(services.db).find(user.organisation_id);
  const roles = auth.memberships.map((m) => m.role);
  return {
    state: auth.state,
    setupRequired,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      locale: user.locale,
      isOrgAdmin: user.is_org_admin === 1,
      totpEnabled: user.totp_enabled === 1,
      totpRequired: totpRequired(auth.memberships),
      passwordMin: passwordMinimum(roles),
      passwordTooShort: auth.session?.weak_password === 1 && passwordMinimum(roles) > PASSWORD_MIN,
      organisation: { id: user.organisation_id, name: organisation?.name ?? '' },
      memberships: auth.memberships.map((m) => ({
        id: m.id,
        schoolId: m.schoolId,
        schoolName: m.schoolName,
        role: m.role,
        teamId: m.teamId,
      })),
    },
  };
}
