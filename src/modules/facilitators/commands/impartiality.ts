/** Impartial assignment (PRODUCT F2): who facilitates from inside which team, and the administrator's override. */
import type { Database } from '../../../platform/db/index.ts';
import { badRequest, forbidden, HttpError } from '../../../server/errors.ts';
import { membershipsRepository } from '../../accounts/repositories/memberships.ts';
import { type FacilitatorCandidate, MIN_OVERRIDE_REASON, ownTeamConflicts } from '../domain/impartiality.ts';

/** Everyone with a role in the school, with the teams they belong to there (a person may hold several roles). */
export async function candidates(db: Database, schoolId: string) {
  const people = await membershipsRepository(db, schoolId).people();
  const byUser = new Map<string, FacilitatorCandidate & { name: string; roles: string[] }>();
  for (const p of people) {
    const entry = byUser.get(p.userId) ?? { userId: p.userId, name: p.name, homeTeamIds: [], roles: [] };
    entry.roles.push(p.role);
    if (p.teamId && !entry.homeTeamIds.includes(p.teamId)) (entry.homeTeamIds as string[]).push(p.teamId);
    byUser.set(p.userId, entry);
  }
  return byUser;
}

export interface Override {
  reasonFor: string[];
  reason: string;
  by: string;
  at: string;
}

/**
 * Checks a session's facilitators against its listening team. Those already assigned with a reason keep it;
 * new conflicts need `reason`, which only an administrator may give. Returns the override to record, if any.
 */
export async function checkImpartiality(
  db: Database,
  schoolId: string,
  input: {
    teamId: string | null;
    facilitatorIds: string[];
    alreadyExplained: readonly string[];
    reason: string | undefined;
    actor: { id: string; isAdmin: boolean };
    now: Date;
  },
): Promise<Override | undefined> {
  const people = await candidates(db, schoolId);
  const chosen = input.facilitatorIds.flatMap((id) => people.get(id) ?? []);
  const conflicts = ownTeamConflicts(input.teamId, chosen).filter(
    (id) => !input.alreadyExplained.includes(id),
  );
  if (conflicts.length === 0) return undefined;
  if (input.reason === undefined) {
    const names = conflicts.map((id) => people.get(id)!.name).join(', ');
    throw new HttpError(
      400,
      'errors.facilitatorOwnTeam',
      {},
      {
        facilitatorIds: ['validation.facilitatorOwnTeam', { names }],
      },
    );
  }
  if (!input.actor.isAdmin) throw forbidden('errors.overrideAdminOnly');
  if (input.reason.trim().length < MIN_OVERRIDE_REASON)
    throw badRequest('errors.validation', {
      impartialityReason: ['validation.tooShort', { min: MIN_OVERRIDE_REASON }],
    });
  return {
    reasonFor: conflicts,
    reason: input.reason.trim(),
    by: input.actor.id,
    at: input.now.toISOString(),
  };
}

/**
 * Facilitators assigned without a reason whose home team listens (their team was set after they were assigned):
 * a warning on the plan, never a block on editing it.
 */
export async function impartialityWarnings(
  db: Database,
  session: { school_id: string; team_id: string | null },
  facilitatorIds: readonly string[],
  explained: readonly { userId: string }[],
): Promise<{ code: 'facilitatorOwnTeam'; names: string }[]> {
  if (session.team_id === null || facilitatorIds.length === 0) return [];
  const people = await candidates(db, session.school_id);
  const chosen = facilitatorIds.flatMap((id) => people.get(id) ?? []);
  const unexplained = ownTeamConflicts(session.team_id, chosen).filter(
    (id) => !explained.some((e) => e.userId === id),
  );
  if (unexplained.length === 0) return [];
  return [{ code: 'facilitatorOwnTeam', names: unexplained.map((id) => people.get(id)!.name).join(', ') }];
}
