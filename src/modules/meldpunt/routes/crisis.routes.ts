/**
 * The board's crisis log (PRODUCT M5). School leaders and administrators (and confidants) see and work through it;
 * its answers hold nothing of a report and not which case it came from. A confidant starts one from a case (and
 * only confidants can ask which log belongs to a case); a leader or administrator can start one directly.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../../server/auth.ts';
import { notFound } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { idSchema } from '../../accounts/routes/schemas.ts';
import { caseWithKeys } from '../commands/cases.ts';
import { listCrises, setCrisisStep, showCrisis, startCrisis, updateCrisis } from '../commands/crisis.ts';
import { crisisSteps, isCrisisStep } from '../domain/crisis.ts';
import { typed } from '../domain/report.ts';
import { crisesRepository } from '../repositories/crises.ts';
import { reportsRepository } from '../repositories/reports.ts';

const tags = ['meldpunt'];
const board = rules.school('leader', 'admin', 'confidant');
const schoolParams = z.object({ schoolId: idSchema });
const crisisParams = schoolParams.extend({ crisisId: idSchema });
const reportParams = schoolParams.extend({ reportId: idSchema });
/** A name for the log; empty is fine (the page then names it by its date). */
const title = typed(120);
const started = z.object({ id: z.string() });

/** Logs a crisis mail that did not go out: its count, never an address. */
const mailFailed = (request: FastifyRequest) => (error: unknown) =>
  request.log.error({ reason: (error as Error).message }, 'crisis mail failed');

/** What the board sees of one log: the steps with time, who and note. No report, no case reference. */
const crisisSchema = z.object({
  id: z.string(),
  title: z.string(),
  startedAt: z.string(),
  startedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  steps: z.array(
    z.object({
      step: z.enum(crisisSteps),
      doneAt: z.string().nullable(),
      doneBy: z.string().nullable(),
      note: z.string(),
    }),
  ),
  next: z.enum(crisisSteps).nullable(),
});

export function meldpuntCrisisRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  r.get(
    '/api/schools/:schoolId/meldpunt/crises',
    {
      config: { auth: board },
      schema: {
        tags,
        summary: "The school board's crisis logs, newest first, with how many steps are done",
        params: schoolParams,
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              startedAt: z.string(),
              startedBy: z.string().nullable(),
              closedAt: z.string().nullable(),
              done: z.number(),
              total: z.number(),
            }),
          ),
        },
      },
    },
    async (request) => listCrises(s, request.params.schoolId),
  );

  r.post(
    '/api/schools/:schoolId/meldpunt/crises',
    {
      config: { auth: rules.school('leader', 'admin'), example: { title: 'Crisis november' } },
      schema: {
        tags,
        summary: 'Start a crisis log for the board (the board is told by mail, with a link only)',
        params: schoolParams,
        body: z.strictObject({ title }),
        response: { 201: started },
      },
    },
    async (request, reply) => {
      const { id } = await startCrisis(
        s,
        request.params.schoolId,
        request.auth.user!.id,
        { title: request.body.title, reportId: null },
        mailFailed(request),
      );
      return reply.status(201).send({ id });
    },
  );

  r.get(
    '/api/schools/:schoolId/meldpunt/crises/:crisisId',
    {
      config: { auth: board },
      schema: {
        tags,
        summary: 'One crisis log: every step of the approach, with when, by whom and a note',
        params: crisisParams,
        response: { 200: crisisSchema },
      },
    },
    async (request) => showCrisis(s, request.params.schoolId, request.params.crisisId),
  );

  r.patch(
    '/api/schools/:schoolId/meldpunt/crises/:crisisId',
    {
      config: { auth: board, example: { closed: true } },
      schema: {
        tags,
        summary: 'Rename a crisis log, or close (or reopen) it',
        params: crisisParams,
        body: z
          .strictObject({ title: title.optional(), closed: z.boolean().optional() })
          .refine((b) => Object.keys(b).length > 0),
        response: { 200: crisisSchema },
      },
    },
    async (request) => {
      const { schoolId, crisisId } = request.params;
      await updateCrisis(s, schoolId, crisisId, request.auth.user!.id, request.body);
      return showCrisis(s, schoolId, crisisId);
    },
  );

  r.put(
    '/api/schools/:schoolId/meldpunt/crises/:crisisId/steps/:step',
    {
      config: { auth: board, example: { done: true, note: 'Crisisteam om 9:00 bij elkaar.' } },
      schema: {
        tags,
        summary: 'Tick (or untick) a step of a crisis log; the time and who are recorded',
        params: crisisParams.extend({ step: z.string().min(1).max(40) }),
        body: z.strictObject({ done: z.boolean(), note: typed(1000) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { schoolId, crisisId, step } = request.params;
      if (!isCrisisStep(step)) throw notFound();
      await setCrisisStep(s, schoolId, crisisId, request.auth.user!.id, step, request.body);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/schools/:schoolId/meldpunt/reports/:reportId/crisis',
    {
      config: { auth: rules.school('confidant') },
      schema: {
        tags,
        summary: "The board's crisis log started from this case, if any (only confidants see the link)",
        params: reportParams,
        response: { 200: z.object({ crisisId: z.string().nullable(), startedAt: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { schoolId, reportId } = request.params;
      // Like the case itself: only a confidant who can open it learns whether it set off a crisis approach.
      await caseWithKeys(s, schoolId, reportId, request.auth, request.cookies[SESSION_COOKIE]);
      const crisis = await crisesRepository(s.db, schoolId).byReport(reportId);
      return { crisisId: crisis?.id ?? null, startedAt: crisis?.started_at ?? null };
    },
  );

  r.post(
    '/api/schools/:schoolId/meldpunt/reports/:reportId/crisis',
    {
      config: { auth: rules.school('confidant'), example: { title: '' } },
      schema: {
        tags,
        summary:
          'Start the crisis approach for the board from this case: the board sees only the checklist, nothing of the report',
        params: reportParams,
        body: z.strictObject({ title }),
        response: { 200: started, 201: started },
      },
    },
    async (request, reply) => {
      const { schoolId, reportId } = request.params;
      // Only a confidant who can open the case starts the board's approach for it.
      const { report } = await caseWithKeys(
        s,
        schoolId,
        reportId,
        request.auth,
        request.cookies[SESSION_COOKIE],
      );
      const me = request.auth.user!.id;
      const { id, created } = await startCrisis(
        s,
        schoolId,
        me,
        { title: request.body.title, reportId: report.id },
        mailFailed(request),
      );
      if (created)
        await reportsRepository(s.db, schoolId).audit(report.id, me, 'crisisStarted', s.clock.now());
      return reply.status(created ? 201 : 200).send({ id });
    },
  );
}
