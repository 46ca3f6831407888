/**
 * Learning from each other (F3): an observer's form, a facilitator's reflection, the facilitator's own view of
 * their sessions over time, and sharing an observation. Everything here is someone's own: an observation
 * reaches the session's facilitators, and only they may pass it on.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest, conflict, forbidden, notFound } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { membershipsRepository } from '../../accounts/repositories/memberships.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { idSchema } from '../../accounts/routes/schemas.ts';
import { mirrorSessionsRepository } from '../../spiegel/repositories/sessions.ts';
import { sessionFor } from '../../spiegel/routes/access.ts';
import { sessionParams } from '../../spiegel/routes/schemas.ts';
import { myFacilitation } from '../commands/myFacilitation.ts';
import {
  hasContent,
  type ObservationAnswers,
  observationAnswers,
  type ReflectionAnswers,
  reflectionAnswers,
} from '../domain/learning.ts';
import { observationsRepository } from '../repositories/observations.ts';
import { reflectionsRepository } from '../repositories/reflections.ts';
import {
  emptyObservation,
  emptyReflection,
  myFacilitationSchema,
  observationSchema,
  reflectionSchema,
} from './schemas.ts';

const tags = ['facilitators'];

function presentObservation(row: {
  id: string;
  answers: string;
  sent_at: string | null;
  updated_at: string;
}) {
  return {
    id: row.id,
    answers: JSON.parse(row.answers) as ObservationAnswers,
    sentAt: row.sent_at,
    updatedAt: row.updated_at,
  };
}

function presentReflection(row: { id: string; answers: string; updated_at: string }) {
  return { id: row.id, answers: JSON.parse(row.answers) as ReflectionAnswers, updatedAt: row.updated_at };
}

export function learningRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;
  const base = '/api/schools/:schoolId/mirror-sessions/:sessionId';

  /**
   * These routes belong to a person, not a role (anyone may facilitate or observe), so their rule is `signedIn`
   * and the school is checked here as the role rule would: a school of another organisation, or one where the
   * caller holds no role, is not found.
   */
  async function ownSchool(request: FastifyRequest) {
    const { schoolId } = request.params as { schoolId: string };
    const school = await schoolsRepository(s.db).find(schoolId);
    const member = request.auth.memberships.some((m) => m.schoolId === schoolId);
    if (!school || school.organisation_id !== request.auth.user!.organisation_id || !member) throw notFound();
    request.school = school;
  }

  /** The session, if the caller observes it (403 for its other staff, 404 for everyone else). */
  async function observedSession(request: FastifyRequest) {
    await ownSchool(request);
    const session = await sessionFor(s, request, 'see');
    const observers = await mirrorSessionsRepository(s.db, session.school_id).observerIds(session.id);
    if (!observers.includes(request.auth.user!.id)) throw forbidden('errors.notObserver');
    return session;
  }

  /** The session, if the caller is one of its facilitators: a reflection is theirs, not the coordinator's. */
  async function facilitatedSession(request: FastifyRequest) {
    await ownSchool(request);
    const session = await sessionFor(s, request, 'see');
    const facilitators = await mirrorSessionsRepository(s.db, session.school_id).facilitatorIds(session.id);
    if (!facilitators.includes(request.auth.user!.id)) throw forbidden('errors.notFacilitator');
    return session;
  }

  r.get(
    `${base}/observation`,
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: 'My observation of this session, as an observer (null until written)',
        params: sessionParams,
        response: { 200: observationSchema.nullable() },
      },
    },
    async (request) => {
      const session = await observedSession(request);
      const row = await observationsRepository(s.db, session.school_id).mine(
        session.id,
        request.auth.user!.id,
      );
      return row ? presentObservation(row) : null;
    },
  );

  r.put(
    `${base}/observation`,
    {
      config: { auth: rules.signedIn, example: { answers: emptyObservation, send: false } },
      schema: {
        tags,
        summary:
          "Save my observation as a draft, or send it to the session's facilitators (then it is final)",
        params: sessionParams,
        body: z.strictObject({ answers: observationAnswers, send: z.boolean() }),
        response: { 200: observationSchema },
      },
    },
    async (request) => {
      const session = await observedSession(request);
      const me = request.auth.user!.id;
      const observations = observationsRepository(s.db, session.school_id);
      if ((await observations.mine(session.id, me))?.sent_at) throw conflict('errors.observationSent');
      if (request.body.send && !hasContent(request.body.answers)) throw badRequest('errors.observationEmpty');
      await observations.save(session.id, me, request.body.answers, request.body.send, s.clock.now());
      return presentObservation((await observations.mine(session.id, me))!);
    },
  );

  r.get(
    `${base}/reflection`,
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: 'My reflection on a session I facilitated (null until written)',
        params: sessionParams,
        response: { 200: reflectionSchema.nullable() },
      },
    },
    async (request) => {
      const session = await facilitatedSession(request);
      const row = await reflectionsRepository(s.db, session.school_id).mine(
        session.id,
        request.auth.user!.id,
      );
      return row ? presentReflection(row) : null;
    },
  );

  r.put(
    `${base}/reflection`,
    {
      config: { auth: rules.signedIn, example: { answers: emptyReflection } },
      schema: {
        tags,
        summary: 'Write my reflection on a session I facilitated; it stays mine',
        params: sessionParams,
        body: z.strictObject({ answers: reflectionAnswers }),
        response: { 200: reflectionSchema },
      },
    },
    async (request) => {
      const session = await facilitatedSession(request);
      const me = request.auth.user!.id;
      const reflections = reflectionsRepository(s.db, session.school_id);
      await reflections.save(session.id, me, request.body.answers, s.clock.now());
      return presentReflection((await reflections.mine(session.id, me))!);
    },
  );

  r.get(
    '/api/my/facilitation',
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary:
          'My sessions as a facilitator over time (speaking-time balance, evaluation scores), observations and reflections',
        response: { 200: myFacilitationSchema },
      },
    },
    async (request) => myFacilitation(s, request.auth),
  );

  r.put(
    '/api/my/observations/:observationId/shares',
    {
      // Any role may have been observed as a facilitator: the rule is that the caller led the observed session.
      config: { auth: rules.signedIn, example: { userIds: [] } },
      schema: {
        tags,
        summary: 'Share an observation of my session with colleagues of the school (or with nobody)',
        params: z.object({ observationId: idSchema }),
        body: z.strictObject({
          userIds: z
            .array(idSchema)
            .max(20)
            .refine((ids) => new Set(ids).size === ids.length),
        }),
        response: {
          200: z.object({ sharedWith: z.array(z.object({ userId: z.string(), name: z.string() })) }),
        },
      },
    },
    async (request) => {
      const me = request.auth.user!.id;
      for (const schoolId of new Set(request.auth.memberships.map((m) => m.schoolId))) {
        const observations = observationsRepository(s.db, schoolId);
        const row = await observations.find(request.params.observationId);
        if (!row?.sent_at) continue;
        const facilitators = await mirrorSessionsRepository(s.db, schoolId).facilitatorIds(row.session_id);
        if (!facilitators.includes(me)) throw notFound();
        const staff = new Set((await membershipsRepository(s.db, schoolId).people()).map((p) => p.userId));
        const userIds = request.body.userIds.filter((id) => id !== me);
        if (!userIds.every((id) => staff.has(id)))
          throw badRequest('errors.validation', { userIds: 'validation.choice' });
        await observations.setShares(row.id, userIds, me, s.clock.now());
        return { sharedWith: await observations.sharedWith(row.id) };
      }
      throw notFound();
    },
  );
}
