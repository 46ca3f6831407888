/**
 * Working on a case (PRODUCT M4, M5): checklists, internal notes, restorative conversations; and any staff
 * member's "niet-pluis" signal. Reading or writing a case's text needs the confidant's unlocked key.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../../server/auth.ts';
import { badRequest, notFound } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { roles } from '../../accounts/domain/roles.ts';
import { idSchema } from '../../accounts/routes/schemas.ts';
import { caseWithKeys } from '../commands/cases.ts';
import {
  addNote,
  listNotes,
  listRestorative,
  listSteps,
  planRestorative,
  recordSignal,
  setStep,
  updateRestorative,
} from '../commands/handling.ts';
import { type Checklist, caseChecklists, isStep } from '../domain/handling.ts';
import { typed } from '../domain/report.ts';
import { reportsRepository } from '../repositories/reports.ts';

const tags = ['meldpunt'];
const confidants = rules.school('confidant');
const reportParams = z.object({ schoolId: idSchema, reportId: idSchema });
const text = (max: number) => typed(max);
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export function meldpuntHandlingRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  /** The case with its key pair; every read and write of its text is written to the audit log as `action`. */
  const opened = async (request: FastifyRequest, action: string, detail: string | null = null) => {
    const { schoolId, reportId } = request.params as { schoolId: string; reportId: string };
    const found = await caseWithKeys(s, schoolId, reportId, request.auth, request.cookies[SESSION_COOKIE]);
    await reportsRepository(s.db, schoolId).audit(
      found.report.id,
      request.auth.user!.id,
      action,
      s.clock.now(),
      detail,
    );
    return found;
  };
  const audit = (report: { id: string; school_id: string }, userId: string, action: string) =>
    reportsRepository(s.db, report.school_id).audit(report.id, userId, action, s.clock.now());

  r.get(
    '/api/schools/:schoolId/meldpunt/reports/:reportId/steps',
    {
      config: { auth: confidants },
      schema: {
        tags,
        summary: "The case's checklist steps done so far, with when and by whom",
        params: reportParams,
        response: {
          200: z.array(
            z.object({
              checklist: z.enum(['internship', 'legalDuty', 'crisis']),
              step: z.string(),
              doneAt: z.string().nullable(),
              doneBy: z.string().nullable(),
              note: z.string(),
            }),
          ),
        },
      },
    },
    async (request) => {
      return listSteps(s, await opened(request, 'stepsRead'));
    },
  );

  r.put(
    '/api/schools/:schoolId/meldpunt/reports/:reportId/steps/:checklist/:step',
    {
      config: { auth: confidants, example: { done: true, note: 'Gesproken op maandag.' } },
      schema: {
        tags,
        summary:
          "Tick (or untick) a checklist step; the time is recorded. Internship or legal duty (the crisis approach is the board's own log)",
        params: reportParams.extend({
          checklist: z.enum(caseChecklists),
          step: z.string().min(1).max(40),
        }),
        body: z.strictObject({ done: z.boolean(), note: text(2000) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { checklist, step } = request.params as { checklist: Checklist; step: string };
      if (!isStep(checklist, step)) throw notFound();
      const found = await opened(request, 'stepChanged', `${checklist}:${step}`);
      await setStep(s, found, request.auth.user!.id, checklist, step, request.body);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/schools/:schoolId/meldpunt/reports/:reportId/notes',
    {
      config: { auth: confidants },
      schema: {
        tags,
        summary: 'Internal notes of the case (confidants only; never shown to the student)',
        params: reportParams,
        response: {
          200: z.array(
            z.object({ id: z.string(), body: z.string(), authorName: z.string().nullable(), at: z.string() }),
          ),
        },
      },
    },
    async (request) => {
      return listNotes(s, await opened(request, 'notesRead'));
    },
  );

  r.post(
    '/api/schools/:schoolId/meldpunt/reports/:reportId/notes',
    {
      config: { auth: confidants, example: { body: 'Mentor gebeld; volgende week terugkoppeling.' } },
      schema: {
        tags,
        summary: 'Add an internal note (sealed like the report)',
        params: reportParams,
        body: z.strictObject({ body: typed(5000, 1) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await addNote(s, await opened(request, 'noteAdded'), request.auth.user!.id, request.body.body);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/schools/:schoolId/meldpunt/reports/:reportId/restorative',
    {
      config: { auth: confidants },
      schema: {
        tags,
        summary: 'Restorative conversations of the case, planned and held, with their agreements',
        params: reportParams,
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              plannedAt: z.string(),
              participants: z.string(),
              agreements: z.string(),
              heldAt: z.string().nullable(),
            }),
          ),
        },
      },
    },
    async (request) => {
      return listRestorative(s, await opened(request, 'restorativeRead'));
    },
  );

  r.post(
    '/api/schools/:schoolId/meldpunt/reports/:reportId/restorative',
    {
      config: {
        auth: confidants,
        example: {
          plannedAt: '2026-12-02T14:00',
          participants: 'Beide leerlingen en de mentor',
          agreements: '',
        },
      },
      schema: {
        tags,
        summary: 'Plan a restorative conversation (for harmful but not criminal behaviour)',
        params: reportParams,
        body: z.strictObject({ plannedAt: localDateTime, participants: text(1000), agreements: text(5000) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await planRestorative(s, await opened(request, 'restorativePlanned'), request.body);
      return reply.status(204).send(null);
    },
  );

  r.patch(
    '/api/schools/:schoolId/meldpunt/reports/:reportId/restorative/:conversationId',
    {
      config: { auth: confidants, example: { held: true, agreements: 'Ze groeten elkaar weer.' } },
      schema: {
        tags,
        summary: 'Record that a restorative conversation was held, and its agreements',
        params: reportParams.extend({ conversationId: idSchema }),
        body: z.strictObject({ held: z.boolean().optional(), agreements: text(5000).optional() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const found = await opened(request, 'restorativeUpdated');
      await updateRestorative(s, found, request.params.conversationId, request.body);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/schools/:schoolId/meldpunt/signals',
    {
      // Any staff member can say that something does not feel right, without it becoming a case yet.
      config: {
        auth: rules.school(...roles),
        example: { body: 'Een leerling uit 3b trekt zich erg terug sinds de stage.' },
      },
      schema: {
        tags,
        summary: 'Record a "niet-pluis" signal for the confidants (it is not a case until they convert it)',
        params: z.object({ schoolId: idSchema }),
        body: z.strictObject({ body: typed(5000, 1) }),
        response: { 201: z.null() },
      },
    },
    async (request, reply) => {
      await recordSignal(s, request.params.schoolId, request.auth.user!.id, request.body.body);
      return reply.status(201).send(null);
    },
  );

  r.post(
    '/api/schools/:schoolId/meldpunt/reports/:reportId/convert',
    {
      config: { auth: confidants },
      schema: {
        tags,
        summary: 'Turn a "niet-pluis" signal into a case, with its deadlines',
        params: reportParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const repo = reportsRepository(s.db, request.params.schoolId);
      const report = await repo.find(request.params.reportId);
      if (!report) throw notFound();
      if (report.kind !== 'signal') throw badRequest('errors.validation');
      await repo.update(report.id, {
        kind: 'report',
        created_at: s.clock.now().toISOString(),
        updated_at: s.clock.now().toISOString(),
      });
      await audit(report, request.auth.user!.id, 'converted');
      return reply.status(204).send(null);
    },
  );
}
