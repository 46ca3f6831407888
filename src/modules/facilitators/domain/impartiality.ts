/**
 * Impartiality (PRODUCT F2, seed 003): a facilitator from the listening team is a colleague of the people
 * who hear the feedback, and the students may hold back. So an internal facilitator (one with a home team)
 * is not assigned to a session whose listeners are their own team, unless an administrator writes down why.
 */

export interface FacilitatorCandidate {
  userId: string;
  /** The teams this person belongs to in the school; empty for an external facilitator. */
  homeTeamIds: readonly string[];
}

/** Whether someone facilitates from outside: no home team in the school. */
export function isExternal(candidate: FacilitatorCandidate): boolean {
  return candidate.homeTeamIds.length === 0;
}

/**
 * The facilitators whose own team would listen: assigning them needs an administrator's written reason.
 * A session without a listening team has no conflicts.
 */
export function ownTeamConflicts(
  listeningTeamId: string | null,
  candidates: readonly FacilitatorCandidate[],
): string[] {
  if (listeningTeamId === null) return [];
  return candidates.filter((c) => c.homeTeamIds.includes(listeningTeamId)).map((c) => c.userId);
}

/** An override's reason must say something: a word or two is not a reason. */
export const MIN_OVERRIDE_REASON = 15;
