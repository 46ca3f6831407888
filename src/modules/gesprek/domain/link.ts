/**
 * The student's personal link (PRODUCT G1): unguessable (a random token, only its hash is looked up), expiring
 * and revocable. It opens the preparation before the conversation and, once the teacher shares it, the agreed
 * form afterwards.
 */

import { SCHOOL_TIME_ZONE, zonedTimeToUtc } from '../../../platform/text/days.ts';

const DAY = 86_400_000;
/** A link works at least this long after it is made… */
export const LINK_MIN_DAYS = 14;
/** …and until this many days after the planned conversation, so the student can read back what was agreed. */
export const LINK_AFTER_CONVERSATION_DAYS = 14;

/**
 * When a link made `now` for a conversation planned at `plannedAt` (local YYYY-MM-DDTHH:mm, Dutch time) stops
 * working: two weeks after the conversation, and never sooner than two weeks from now.
 */
export function linkExpiry(now: Date, plannedAt: string): Date {
  const planned = zonedTimeToUtc(plannedAt, SCHOOL_TIME_ZONE).getTime();
  const fromNow = now.getTime() + LINK_MIN_DAYS * DAY;
  const afterConversation = Number.isNaN(planned) ? fromNow : planned + LINK_AFTER_CONVERSATION_DAYS * DAY;
  return new Date(Math.max(fromNow, afterConversation));
}

export type LinkState = 'active' | 'expired' | 'none';

/** A link's state: none (never made, or revoked), expired, or active. */
export function linkState(
  link: { tokenHash: string | null; expiresAt: string | null },
  now: Date,
): LinkState {
  if (link.tokenHash === null || link.expiresAt === null) return 'none';
  return new Date(link.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active';
}

/** The student can change their preparation until the conversation has been held. */
export function preparationOpen(conversation: { heldAt: string | null }): boolean {
  return conversation.heldAt === null;
}

/** A link's expiry once the conversation moves: later if the new date needs it, never earlier than it was. */
export function movedExpiry(current: string, now: Date, plannedAt: string): string {
  const later = linkExpiry(now, plannedAt);
  return later.getTime() > Date.parse(current) ? later.toISOString() : current;
}
