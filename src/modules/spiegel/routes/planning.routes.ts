/** Planning mirror conversations: list, plan, change, the diversity overview, opening and closing. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { conflict } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { membershipsRepository } from '../../accounts/repositories/memberships.ts';
import { idSchema, noContent } from '../../accounts/routes/schemas.ts';
import { closeSession, openSession } from '../commands/live.ts';
import {
  administers,
  type Planner,
  planSession,
  presentSession,
  sessionAccess,
  sessionTemplate,
  updatePlan,
} from '../commands/plan.ts';
import { diversitySpread } from '../domain/diversity.ts';
import { planWarnings } from '../domain/planWarnings.ts';
import { mirrorDiversityRepository, SessionClosedError } from '../repositories/participants.ts';
import { mirrorSessionsRepository } from '../repositories/sessions.ts';
import { sessionFor } from './access.ts';
import {
  diversityEntry,
  diversitySpreadSchema,
  planInput,
  planUpdate,
  sessionDetailSchema,
  sessionParams,
  sessionSummarySchema,
  staffMemberSchema,
} from './schemas.ts';

const tags = ['spiegel'];
const schoolParams = z.object({ schoolId: idSchema });
const planners = rules.school('coordinator', 'admin');
const viewers = rules.school('coordinator', 'admin', 'facilitator', 'leader');
const examplePlan = {
  templateId: 'gender-diversiteit',
  title: 'Spiegelgesprek onderbouw',
  teamId: null,
  scheduledAt: '2026-12-03T13:30',
  place: 'Aula',
  facilitatorIds: [],
  contactPersonId: null,
  expectedVoices: 12,
  expectedListeners: 6,
  withTeamLeader: false,
};

function plannerOf(request: FastifyRequest): Planner {
  const schoolId = (request.params as { schoolId: string }).schoolId;
  return {
    user: request.auth.user!,
    isAdmin: administers(request.auth, schoolId, request.school!.organisation_id),
  };
}

export function planningRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  r.get(
    '/api/schools/:schoolId/staff',
    {
      config: { auth: viewers },
      schema: {
        tags,
        summary: 'People of the school, to choose facilitators, a contact person and owners of actions',
        params: schoolParams,
        response: { 200: z.array(staffMemberSchema) },
      },
    },
    async (request) => {
      const byUser = new Map<string, { id: string; name: string; roles: string[]; teamId: string | null }>();
      for (const p of await membershipsRepository(s.db, request.params.schoolId).people()) {
        const entry = byUser.get(p.userId) ?? { id: p.userId, name: p.name, roles: [], teamId: p.teamId };
        entry.roles.push(p.role);
        entry.teamId ??= p.teamId;
        byUser.set(p.userId, entry);
      }
      return [...byUser.values()];
    },
  );

  r.get(
    '/api/schools/:schoolId/mirror-sessions',
    {
      config: { auth: viewers },
      schema: {
        tags,
        summary: 'Mirror conversations of the school you may see',
        params: schoolParams,
        response: { 200: z.array(sessionSummarySchema) },
      },
    },
    async (request) => {
      const sessions = mirrorSessionsRepository(s.db, request.params.schoolId);
      const out = [];
      for (const row of await sessions.list()) {
        const full = (await sessions.find(row.id))!;
        const facilitatorIds = await sessions.facilitatorIds(row.id);
        const observerIds = await sessions.observerIds(row.id);
        if (
          !sessionAccess(request.auth, full, facilitatorIds, request.school!.organisation_id, observerIds)
            .canSee
        )
          continue;
        const template = sessionTemplate(full);
        out.push({
          id: row.id,
          title: row.title,
          templateName: template.name,
          teamName: row.team_name,
          scheduledAt: row.scheduled_at,
          place: row.place,
          status: row.status,
          warningCount: planWarnings(
            {
              voices: row.expected_voices,
              listeners: row.expected_listeners,
              facilitators: facilitatorIds.length,
            },
            template,
          ).length,
        });
      }
      return out;
    },
  );

  r.post(
    '/api/schools/:schoolId/mirror-sessions',
    {
      config: { auth: planners, example: examplePlan },
      schema: {
        tags,
        summary: 'Plan a mirror conversation',
        params: schoolParams,
        body: planInput,
        response: { 201: sessionDetailSchema },
      },
    },
    async (request, reply) => {
      const id = await planSession(s, request.params.schoolId, plannerOf(request), request.body);
      const session = (await mirrorSessionsRepository(s.db, request.params.schoolId).find(id))!;
      return reply
        .status(201)
        .send(await presentSession(s, session, request.auth, request.school!.organisation_id));
    },
  );

  r.get(
    '/api/schools/:schoolId/mirror-sessions/:sessionId',
    {
      config: { auth: viewers },
      schema: {
        tags,
        summary: "A mirror conversation, with the method's warnings",
        params: sessionParams,
        response: { 200: sessionDetailSchema },
      },
    },
    async (request) =>
      presentSession(s, await sessionFor(s, request), request.auth, request.school!.organisation_id),
  );

  r.patch(
    '/api/schools/:schoolId/mirror-sessions/:sessionId',
    {
      config: { auth: planners, example: { place: 'Lokaal 12' } },
      schema: {
        tags,
        summary: 'Change the plan',
        params: sessionParams,
        body: planUpdate,
        response: { 200: sessionDetailSchema },
      },
    },
    async (request) => {
      const session = await sessionFor(s, request, 'manage');
      await updatePlan(s, session, plannerOf(request), request.body);
      return presentSession(
        s,
        (await mirrorSessionsRepository(s.db, session.school_id).find(session.id))!,
        request.auth,
        request.school!.organisation_id,
      );
    },
  );

  r.get(
    '/api/schools/:schoolId/mirror-sessions/:sessionId/diversity',
    {
      config: { auth: planners },
      schema: {
        tags,
        summary: 'The spread of the student group (never a list)',
        params: sessionParams,
        response: { 200: diversitySpreadSchema },
      },
    },
    async (request) => {
      const session = await sessionFor(s, request, 'manage');
      return diversitySpread(await mirrorDiversityRepository(s.db, session.school_id).list(session.id));
    },
  );

  r.put(
    '/api/schools/:schoolId/mirror-sessions/:sessionId/diversity',
    {
      config: {
        auth: planners,
        example: { entries: [{ year: '3', level: 'havo', gender: null, involvement: ['gsa'] }] },
      },
      schema: {
        tags,
        summary: 'Replace the optional attributes of the invited students; deleted when the session closes',
        params: sessionParams,
        body: z.strictObject({ entries: z.array(diversityEntry).max(60) }),
        response: { 200: diversitySpreadSchema },
      },
    },
    async (request) => {
      const session = await sessionFor(s, request, 'manage');
      const repo = mirrorDiversityRepository(s.db, session.school_id);
      if (session.status === 'closed') throw conflict('errors.sessionClosed');
      await repo
        .replace(
          session.id,
          request.body.entries.map((e) => ({
            id: randomUUID(),
            year: e.year,
            level: e.level,
            gender: e.gender,
            involvement: JSON.stringify(e.involvement),
          })),
        )
        .catch((error: unknown) => {
          throw error instanceof SessionClosedError ? conflict('errors.sessionClosed') : error;
        });
      return diversitySpread(await repo.list(session.id));
    },
  );

  for (const action of ['open', 'close'] as const) {
    r.post(
      `/api/schools/:schoolId/mirror-sessions/:sessionId/${action}`,
      {
        config: { auth: planners },
        schema: {
          tags,
          summary:
            action === 'open'
              ? 'Open the session: a join code and a projector link'
              : 'Close the session: the code stops working; diversity attributes, participants and ballots are deleted; what was said is frozen (the action plan stays editable)',
          params: sessionParams,
          response: { 200: sessionDetailSchema },
        },
      },
      async (request) => {
        const session = await sessionFor(s, request, 'manage');
        await (action === 'open' ? openSession(s, session) : closeSession(s, session));
        return presentSession(
          s,
          (await mirrorSessionsRepository(s.db, session.school_id).find(session.id))!,
          request.auth,
          request.school!.organisation_id,
        );
      },
    );
  }
}

export { noContent };
