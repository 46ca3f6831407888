/** Loading a session for a request, with the access a person has to it. */
import type { FastifyRequest } from 'fastify';
import type { Services } from '../../../server/context.ts';
import { forbidden, notFound } from '../../../server/errors.ts';
import { sessionAccess } from '../commands/plan.ts';
import { mirrorSessionsRepository } from '../repositories/sessions.ts';

/**
 * The session of `:sessionId` in the route's school, if the caller may see it: coordinators, admins and
 * leaders see all; a facilitator sees the sessions assigned to them, an observer those they observe. Others get a
 * 404, as for a session of another school.
 */
export async function sessionFor(
  services: Services,
  request: FastifyRequest,
  need: 'see' | 'observe' | 'run' | 'manage' = 'see',
) {
  const { schoolId, sessionId } = request.params as { schoolId: string; sessionId: string };
  const sessions = mirrorSessionsRepository(services.db, schoolId);
  const session = await sessions.find(sessionId);
  if (!session) throw notFound();
  const access = sessionAccess(
    request.auth,
    session,
    await sessions.facilitatorIds(session.id),
    request.school!.organisation_id,
    await sessions.observerIds(session.id),
  );
  if (!access.canSee) throw notFound();
  if (need === 'observe' && !access.canObserve) throw forbidden('errors.notAssigned');
  if (need === 'run' && !access.canRun) throw forbidden('errors.notAssigned');
  if (need === 'manage' && !access.canManage) throw forbidden();
  return session;
}
