/**
 * Intervision (F3): facilitators of a school plan a meeting together, each brings in cases from their own
 * reflection log, and they record what they learned. Only members see a meeting.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest, forbidden, notFound } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { idSchema, noContent } from '../../accounts/routes/schemas.ts';
import { candidates } from '../commands/impartiality.ts';
import type { ReflectionAnswers } from '../domain/learning.ts';
import { reflectionAnswers } from '../domain/learning.ts';
import { intervisionRepository } from '../repositories/intervision.ts';
import { reflectionsRepository } from '../repositories/reflections.ts';

const tags = ['facilitators'];
const facilitatorsOnly = rules.school('facilitator');
const schoolParams = z.object({ schoolId: idSchema });
const meetingParams = schoolParams.extend({ meetingId: idSchema });
const person = z.object({ userId: z.string(), name: z.string() });
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });

const caseSchema = z.object({
  id: z.string(),
  question: z.string(),
  broughtBy: person,
  sessionTitle: z.string(),
  scheduledAt: z.string(),
  answers: reflectionAnswers,
  mine: z.boolean(),
});

export function intervisionRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  /** The meeting of the route, if the caller is one of its members (404 otherwise, as for another school's). */
  async function meetingFor(request: FastifyRequest) {
    const { schoolId, meetingId } = request.params as { schoolId: string; meetingId: string };
    const meetings = intervisionRepository(s.db, schoolId);
    const meeting = await meetings.find(meetingId);
    if (!meeting) throw notFound();
    const members = await meetings.members(meeting.id);
    if (!members.some((m) => m.userId === request.auth.user!.id)) throw notFound();
    return { meeting, members, meetings };
  }

  r.get(
    '/api/schools/:schoolId/intervision',
    {
      config: { auth: facilitatorsOnly },
      schema: {
        tags,
        summary: 'The intervision meetings I take part in',
        params: schoolParams,
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              plannedAt: z.string(),
              place: z.string(),
              members: z.array(person),
              caseCount: z.number(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const meetings = intervisionRepository(s.db, request.params.schoolId);
      const rows = await meetings.of(request.auth.user!.id);
      return Promise.all(
        rows.map(async (m) => ({
          id: m.id,
          title: m.title,
          plannedAt: m.planned_at,
          place: m.place,
          members: await meetings.members(m.id),
          caseCount: await meetings.countCases(m.id),
        })),
      );
    },
  );

  r.post(
    '/api/schools/:schoolId/intervision',
    {
      config: {
        auth: facilitatorsOnly,
        example: { title: 'Intervisie', plannedAt: '2026-12-10T15:00', place: 'Lokaal 12', memberIds: [] },
      },
      schema: {
        tags,
        summary: 'Plan an intervision meeting with other facilitators of the school',
        params: schoolParams,
        body: z.strictObject({
          title: z.string().trim().min(1).max(160),
          plannedAt: localDateTime,
          place: z.string().trim().max(160),
          memberIds: z
            .array(idSchema)
            .max(20)
            .refine((ids) => new Set(ids).size === ids.length),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const me = request.auth.user!.id;
      const people = await candidates(s.db, request.params.schoolId);
      if (!request.body.memberIds.every((id) => people.get(id)?.roles.includes('facilitator')))
        throw badRequest('errors.validation', { memberIds: 'validation.intervisionMember' });
      const id = await intervisionRepository(s.db, request.params.schoolId).create(
        { ...request.body, createdBy: me },
        [...new Set([me, ...request.body.memberIds])],
        s.clock.now(),
      );
      return reply.status(201).send({ id });
    },
  );

  r.get(
    '/api/schools/:schoolId/intervision/:meetingId',
    {
      config: { auth: facilitatorsOnly },
      schema: {
        tags,
        summary: 'A meeting I take part in: members, the cases brought in, what we learned',
        params: meetingParams,
        response: {
          200: z.object({
            id: z.string(),
            title: z.string(),
            plannedAt: z.string(),
            place: z.string(),
            learned: z.string(),
            members: z.array(person),
            cases: z.array(caseSchema),
          }),
        },
      },
    },
    async (request) => {
      const { meeting, members, meetings } = await meetingFor(request);
      const me = request.auth.user!.id;
      return {
        id: meeting.id,
        title: meeting.title,
        plannedAt: meeting.planned_at,
        place: meeting.place,
        learned: meeting.learned,
        members,
        cases: (await meetings.cases(meeting.id)).map((c) => ({
          id: c.id,
          question: c.question,
          broughtBy: { userId: c.brought_by, name: c.brought_by_name },
          sessionTitle: c.session_title,
          scheduledAt: c.scheduled_at,
          answers: JSON.parse(c.answers) as ReflectionAnswers,
          mine: c.brought_by === me,
        })),
      };
    },
  );

  r.post(
    '/api/schools/:schoolId/intervision/:meetingId/cases',
    {
      config: {
        auth: facilitatorsOnly,
        example: { reflectionId: '00000000-0000-4000-8000-000000000000', question: 'Hoe onderbreek ik?' },
      },
      schema: {
        tags,
        summary: 'Bring one of my own reflections in as a case, with a question for the group',
        params: meetingParams,
        body: z.strictObject({ reflectionId: idSchema, question: z.string().trim().min(1).max(1000) }),
        response: { 201: caseSchema },
      },
    },
    async (request, reply) => {
      const { meeting, meetings } = await meetingFor(request);
      const me = request.auth.user!.id;
      const reflection = await reflectionsRepository(s.db, meeting.school_id).find(request.body.reflectionId);
      // A case is one's own: nobody brings in a colleague's reflection.
      if (reflection?.user_id !== me)
        throw badRequest('errors.validation', { reflectionId: 'validation.ownReflection' });
      const id = await meetings.addCase(meeting.id, reflection.id, me, request.body.question, s.clock.now());
      const added = (await meetings.cases(meeting.id)).find((c) => c.id === id)!;
      return reply.status(201).send({
        id,
        question: added.question,
        broughtBy: { userId: me, name: added.brought_by_name },
        sessionTitle: added.session_title,
        scheduledAt: added.scheduled_at,
        answers: JSON.parse(added.answers) as ReflectionAnswers,
        mine: true,
      });
    },
  );

  r.delete(
    '/api/schools/:schoolId/intervision/:meetingId/cases/:caseId',
    {
      config: { auth: facilitatorsOnly },
      schema: {
        tags,
        summary: 'Take back a case I brought in',
        params: meetingParams.extend({ caseId: idSchema }),
        response: noContent,
      },
    },
    async (request, reply) => {
      const { meeting, meetings } = await meetingFor(request);
      const found = await meetings.findCase(request.params.caseId);
      if (!found || found.meeting_id !== meeting.id) throw notFound();
      if (found.brought_by !== request.auth.user!.id) throw forbidden();
      await meetings.removeCase(found.id);
      return reply.status(204).send(null);
    },
  );

  r.put(
    '/api/schools/:schoolId/intervision/:meetingId/learned',
    {
      config: { auth: facilitatorsOnly, example: { learned: 'Eerst de vraag herhalen, dan doorgeven.' } },
      schema: {
        tags,
        summary: 'Record what the group learned',
        params: meetingParams,
        body: z.strictObject({ learned: z.string().max(5000) }),
        response: noContent,
      },
    },
    async (request, reply) => {
      const { meeting, meetings } = await meetingFor(request);
      await meetings.setLearned(meeting.id, request.body.learned, s.clock.now());
      return reply.status(204).send(null);
    },
  );
}
