/**
 * Speaking time from the console or an observer's device (F1), who observes a session (F3), and the school's
 * facilitators with their home teams (F2).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { teamsRepository } from '../../accounts/repositories/teams.ts';
import { idSchema } from '../../accounts/routes/schemas.ts';
import { mirrorSessionsRepository } from '../../spiegel/repositories/sessions.ts';
import { sessionFor } from '../../spiegel/routes/access.ts';
import { sessionParams } from '../../spiegel/routes/schemas.ts';
import { candidates } from '../commands/impartiality.ts';
import { recordTap } from '../commands/speaking.ts';
import { isExternal, ownTeamConflicts } from '../domain/impartiality.ts';

const tags = ['facilitators'];
/** Who may be in a session's staff: the role rule lets them in, the session decides (runs or observes). */
const sessionStaff = rules.school('coordinator', 'admin', 'facilitator');
const MAX_OBSERVERS = 3;

export function speakingRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  r.post(
    '/api/schools/:schoolId/mirror-sessions/:sessionId/speaking',
    {
      config: { auth: sessionStaff, example: { tap: { type: 'silence' } } },
      schema: {
        tags,
        summary:
          'Tap who speaks now (or nobody). A tap on a listener in a listen-only round needs confirmDeviation and is marked',
        params: sessionParams,
        body: z.strictObject({
          tap: z.discriminatedUnion('type', [
            z.strictObject({ type: z.literal('speak'), seat: z.string().min(1).max(60) }),
            z.strictObject({ type: z.literal('silence') }),
          ]),
          confirmDeviation: z.boolean().optional(),
        }),
        response: { 200: z.object({ seq: z.number(), deviation: z.boolean() }) },
      },
    },
    async (request) => {
      const session = await sessionFor(s, request, 'observe');
      return recordTap(s, session, request.body.tap, request.body.confirmDeviation === true);
    },
  );

  r.put(
    '/api/schools/:schoolId/mirror-sessions/:sessionId/observers',
    {
      config: { auth: sessionStaff, example: { userIds: [] } },
      schema: {
        tags,
        summary:
          'Who observes the session: other facilitators of the school, who see it live and write an observation',
        params: sessionParams,
        body: z.strictObject({
          userIds: z
            .array(idSchema)
            .max(MAX_OBSERVERS)
            .refine((ids) => new Set(ids).size === ids.length),
        }),
        response: { 200: z.object({ observerIds: z.array(z.string()) }) },
      },
    },
    async (request) => {
      const session = await sessionFor(s, request, 'run');
      const sessions = mirrorSessionsRepository(s.db, session.school_id);
      const facilitators = new Set(await sessions.facilitatorIds(session.id));
      const people = await candidates(s.db, session.school_id);
      // An observer sees everything staff see: like a facilitator, not someone from the listening team (F2).
      const eligible = (id: string) => {
        const person = people.get(id);
        if (!person?.roles.includes('facilitator') || facilitators.has(id)) return false;
        return ownTeamConflicts(session.team_id, [person]).length === 0;
      };
      if (!request.body.userIds.every(eligible))
        throw badRequest('errors.validation', { userIds: 'validation.observerCandidate' });
      await sessions.setObservers(session.id, request.body.userIds);
      return { observerIds: await sessions.observerIds(session.id) };
    },
  );

  r.get(
    '/api/schools/:schoolId/facilitators',
    {
      config: { auth: rules.school('coordinator', 'admin', 'facilitator', 'leader') },
      schema: {
        tags,
        summary: "The school's facilitators with their home teams; without one they are external",
        params: z.object({ schoolId: idSchema }),
        response: {
          200: z.array(
            z.object({
              userId: z.string(),
              name: z.string(),
              homeTeams: z.array(z.object({ id: z.string(), name: z.string() })),
              external: z.boolean(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const teams = new Map(
        (await teamsRepository(s.db, request.params.schoolId).list()).map((t) => [t.id, t.name]),
      );
      return [...(await candidates(s.db, request.params.schoolId)).values()]
        .filter((p) => p.roles.includes('facilitator'))
        .map((p) => ({
          userId: p.userId,
          name: p.name,
          homeTeams: p.homeTeamIds.map((id) => ({ id, name: teams.get(id) ?? '' })),
          external: isExternal(p),
        }));
    },
  );
}
