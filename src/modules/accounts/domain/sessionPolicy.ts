/** How long a signed-in session lasts: a school day of inactivity, and a week at most. */
import { DAY, HOUR } from '../../../platform/clock.ts';

export const SESSION_IDLE_MS = 8 * HOUR;
export const SESSION_MAX_MS = 7 * DAY;
/** A half-finished sign-in (password given, code not yet) expires quickly. */
export const TOTP_PENDING_MS = 10 * 60_000;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_MS = 60_000;
export const INVITATION_VALID_MS = 14 * DAY;
export const PASSWORD_RESET_VALID_MS = HOUR;

export interface SessionTimes {
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** A session is alive until its expiry and until it has been idle too long. */
export function sessionAlive(s: SessionTimes, now: Date): boolean {
  const t = now.getTime();
  return t < Date.parse(s.expiresAt) && t - Date.parse(s.lastSeenAt) < SESSION_IDLE_MS;
}
