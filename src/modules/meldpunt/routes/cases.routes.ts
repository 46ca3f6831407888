/**
 * The confidants' side (PRODUCT M3, M4): the case list (registration only), giving a colleague access, opening a
 * case (decrypted with the session's key and audited), replying, and status and assignment. Only the school's
 * confidants, who must use two-step verification, and of them only those who can open the case handle it.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../../server/auth.ts';
import { badRequest } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { sessionKeyPair } from '../../accounts/commands/confidantKeys.ts';
import { idSchema } from '../../accounts/routes/schemas.ts';
import { colleaguesWithoutAccess, grantColleague, sealForRecovery } from '../commands/access.ts';
import { opens, upgradeCaseKeys } from '../commands/caseKeys.ts';
import { caseWithKeys, openCase, ownKeyPair, summarise } from '../commands/cases.ts';
import { addMessage } from '../commands/reports.ts';
import { outcomes } from '../domain/handling.ts';
import {
  type Category,
  caseStatuses,
  categories,
  type Involved,
  legalDutyApplies,
  locations,
} from '../domain/report.ts';
import { confidantsOf, reportsRepository } from '../repositories/reports.ts';
import { caseDetailSchema, caseSummarySchema, messageBody } from './schemas.ts';

const tags = ['meldpunt'];
const confidants = rules.school('confidant');
const schoolParams = z.object({ schoolId: idSchema });
const reportParams = schoolParams.extend({ reportId: idSchema });

export function meldpuntCaseRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  r.get(
    '/api/schools/:schoolId/meldpunt/reports',
    {
      config: { auth: confidants },
      schema: {
        tags,
        summary: 'The cases of the school: registration fields only, no content',
        params: schoolParams,
        response: {
          200: z.object({
            unlocked: z.boolean(),
            cases: z.array(caseSummarySchema),
            /** Confidants who cannot open cases that the caller can: the caller may give them access. */
            colleaguesWithoutAccess: z.array(z.object({ userId: z.string(), name: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const { schoolId } = request.params;
      const me = request.auth.user!.id;
      let waiting: { userId: string; name: string }[] = [];
      const mine = sessionKeyPair(
        request.auth.session?.confidant_key ?? null,
        request.cookies[SESSION_COOKIE],
      );
      if (mine) {
        // Older cases get their case key, and the recovery key its copy, from whoever can open them.
        const failed =
          (await upgradeCaseKeys(s, schoolId, me, mine)) + (await sealForRecovery(s, schoolId, me, mine));
        if (failed > 0) request.log.warn({ failed }, 'meldpunt cases whose keys could not be renewed');
        waiting = (await colleaguesWithoutAccess(s, schoolId, me, mine)).map((c) => ({
          userId: c.userId,
          name: c.name,
        }));
      }
      const repo = reportsRepository(s.db, schoolId);
      const own = (await confidantsOf(s.db, schoolId)).find((c) => c.userId === me)?.publicKey ?? null;
      const grants = new Map(
        (await repo.grants()).filter((g) => g.user_id === me).map((g) => [g.report_id, g] as const),
      );
      const reports = await repo.list();
      const openable = new Set(reports.filter((r) => opens(grants.get(r.id), r, own)).map((r) => r.id));
      return {
        unlocked: mine !== null,
        cases: await summarise(s, schoolId, reports, openable),
        colleaguesWithoutAccess: waiting,
      };
    },
  );

  r.post(
    '/api/schools/:schoolId/meldpunt/grants',
    {
      config: { auth: confidants, example: { userId: '00000000-0000-4000-8000-000000000000' } },
      schema: {
        tags,
        summary: 'Give a fellow confidant access to every case I can open (audited with their email)',
        params: schoolParams,
        body: z.strictObject({ userId: idSchema }),
        response: { 200: z.object({ granted: z.number() }) },
      },
    },
    async (request) => {
      const own = ownKeyPair(request.auth, request.cookies[SESSION_COOKIE]);
      return {
        granted: await grantColleague(
          s,
          request.params.schoolId,
          request.auth.user!.id,
          own,
          request.body.userId,
        ),
      };
    },
  );

  r.get(
    '/api/schools/:schoolId/meldpunt/reports/:reportId',
    {
      config: { auth: confidants },
      schema: {
        tags,
        summary: 'Open a case: what the student wrote and the conversation. Every opening is audited',
        params: reportParams,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) =>
      openCase(
        s,
        request.params.schoolId,
        request.params.reportId,
        request.auth,
        request.cookies[SESSION_COOKIE],
      ),
  );

  r.post(
    '/api/schools/:schoolId/meldpunt/reports/:reportId/messages',
    {
      config: { auth: confidants, example: { body: 'Dank je voor je melding. Wil je een keer langskomen?' } },
      schema: {
        tags,
        summary: 'Reply to the student (sealed to the report: only the student and the confidants read it)',
        params: reportParams,
        body: z.strictObject({ body: messageBody }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { schoolId, reportId } = request.params;
      const repo = reportsRepository(s.db, schoolId);
      const me = request.auth.user!.id;
      // Only someone who can open the case (both its keys) may write in it.
      const { report } = await caseWithKeys(
        s,
        schoolId,
        reportId,
        request.auth,
        request.cookies[SESSION_COOKIE],
      );
      await addMessage(s, report, { kind: 'confidant', userId: me }, request.body.body);
      await repo.audit(report.id, me, 'replied', s.clock.now());
      return reply.status(204).send(null);
    },
  );

  r.patch(
    '/api/schools/:schoolId/meldpunt/reports/:reportId',
    {
      config: { auth: confidants, example: { status: 'acknowledged' } },
      schema: {
        tags,
        summary: 'Change the status, assignment or severity of a case (only a confidant who can open it)',
        params: reportParams,
        body: z
          .strictObject({
            status: z.enum(caseStatuses).optional(),
            assignedTo: idSchema.nullable().optional(),
            severity: z.enum(['low', 'medium', 'high']).nullable().optional(),
            /** The registration as the confidant judges it; the student's own choice was only a first guess. */
            category: z.enum(categories).optional(),
            location: z.enum(locations).optional(),
            /** How it ended, when closing: kept (anonymously) after the case is purged. */
            outcome: z.enum(outcomes).optional(),
          })
          .refine((b) => Object.keys(b).length > 0),
        response: { 200: caseSummarySchema },
      },
    },
    async (request) => {
      const { schoolId, reportId } = request.params;
      const repo = reportsRepository(s.db, schoolId);
      const me = request.auth.user!.id;
      // Only a confidant who can open the case handles it: closing starts the way to its purge, and someone who
      // was just given the role (by an administrator) must not be able to close what they cannot read.
      const { report } = await caseWithKeys(
        s,
        schoolId,
        reportId,
        request.auth,
        request.cookies[SESSION_COOKIE],
      );
      const { status, assignedTo, severity, outcome, category, location } = request.body;
      const involved = JSON.parse(report.involved) as Involved[];
      const legalDuty = legalDutyApplies({
        category: category ?? (report.category as Category),
        involved,
        minor: report.minor as 'yes',
      });
      if (assignedTo && !(await confidantsOf(s.db, schoolId)).some((c) => c.userId === assignedTo))
        throw badRequest('errors.validation', { assignedTo: 'validation.choice' });
      const now = s.clock.now().toISOString();
      await repo.update(report.id, {
        ...(status ? { status } : {}),
        ...(status && status !== 'new' && !report.acknowledged_at ? { acknowledged_at: now } : {}),
        ...(status === 'closed'
          ? { closed_at: now, outcome: outcome ?? 'resolved' }
          : status
            ? { closed_at: null, outcome: null }
            : {}),
        ...(assignedTo !== undefined ? { assigned_to: assignedTo } : {}),
        ...(severity !== undefined ? { severity } : {}),
        ...(category ? { category } : {}),
        ...(location ? { location } : {}),
        legal_duty: legalDuty ? 1 : 0,
        updated_at: now,
      });
      await repo.audit(report.id, me, 'updated', s.clock.now());
      const [summary] = await summarise(s, schoolId, [(await repo.find(report.id))!], new Set([report.id]));
      return summary!;
    },
  );
}
