/**
 * The reporting point's settings and records around the cases (PRODUCT M3, M4): the audit log (confidants and
 * administrators), the link, QR code, deadlines and retention, a confidant's introduction for students, and the
 * school's recovery key (administrators only; it never opens content for them).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { rules } from '../../../server/rules.ts';
import { idSchema } from '../../accounts/routes/schemas.ts';
import { createRecoveryKey, useRecoveryKey } from '../commands/access.ts';
import { opens } from '../commands/caseKeys.ts';
import { typed } from '../domain/report.ts';
import {
  confidantsOf,
  isCrisisEntry,
  receivesReports,
  reportsRepository,
  setConfidantIntro,
} from '../repositories/reports.ts';
import { settingsOf, updateSettings } from '../repositories/settings.ts';

const tags = ['meldpunt'];
const confidants = rules.school('confidant');
const schoolParams = z.object({ schoolId: idSchema });

export function meldpuntSettingsRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  r.get(
    '/api/schools/:schoolId/meldpunt/audit',
    {
      config: { auth: rules.school('confidant', 'admin') },
      schema: {
        tags,
        summary: 'Who opened which case when, and uses of the recovery key (newest first, at most 500)',
        params: schoolParams,
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              reportId: z.string().nullable(),
              action: z.string(),
              detail: z.string().nullable(),
              at: z.string(),
              userName: z.string().nullable(),
              userEmail: z.string().nullable(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const { schoolId } = request.params;
      const me = request.auth.user!.id;
      const confidant = request.auth.memberships.some(
        (m) => m.schoolId === schoolId && m.role === 'confidant',
      );
      const repo = reportsRepository(s.db, schoolId);
      // Which case set off the board's crisis approach is for the confidants who can open that case: the board (and
      // an administrator) sees the crisis log, not its source.
      let rows = await repo.auditLog({ withoutCrisis: !confidant });
      if (confidant) {
        const own = (await confidantsOf(s.db, schoolId)).find((c) => c.userId === me)?.publicKey ?? null;
        const reports = new Map((await repo.list()).map((row) => [row.id, row] as const));
        const mine = new Map(
          (await repo.grants()).filter((g) => g.user_id === me).map((g) => [g.report_id, g] as const),
        );
        rows = rows.filter((a) => {
          if (!isCrisisEntry(a) || a.report_id === null) return true;
          const report = reports.get(a.report_id);
          return report !== undefined && opens(mine.get(a.report_id), report, own);
        });
      }
      return rows.map((a) => ({
        id: a.id,
        reportId: a.report_id,
        action: a.action,
        detail: a.detail,
        at: a.at,
        userName: a.user_name,
        userEmail: a.user_email,
      }));
    },
  );

  r.get(
    '/api/schools/:schoolId/meldpunt/settings',
    {
      config: { auth: rules.school('admin', 'confidant') },
      schema: {
        tags,
        summary:
          "The reporting point's link and QR code, deadlines, retention, and whether there is a recovery key",
        params: schoolParams,
        response: {
          200: z.object({
            code: z.string(),
            url: z.string(),
            qrSvg: z.string(),
            ackDays: z.number(),
            feedbackMonths: z.number(),
            retentionDays: z.number(),
            hasRecoveryKey: z.boolean(),
            confidants: z.array(
              z.object({
                userId: z.string(),
                name: z.string(),
                ready: z.boolean(),
                /** Signed in with a password shorter than the role asks: gets no new reports until it is longer. */
                weakPassword: z.boolean(),
                intro: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const settings = await settingsOf(s.db, request.params.schoolId);
      const url = `${s.publicUrl}/melden/${settings.code}`;
      return {
        code: settings.code,
        url,
        qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
        ackDays: settings.ack_days,
        feedbackMonths: settings.feedback_months,
        retentionDays: settings.retention_days,
        hasRecoveryKey: settings.recovery_public_key !== null,
        confidants: (await confidantsOf(s.db, request.params.schoolId)).map((c) => ({
          userId: c.userId,
          name: c.name,
          ready: receivesReports(c),
          weakPassword: c.weakKey === 1,
          intro: c.intro ?? '',
        })),
      };
    },
  );

  r.patch(
    '/api/schools/:schoolId/meldpunt/settings',
    {
      config: { auth: rules.school('admin'), example: { ackDays: 7, feedbackMonths: 3, retentionDays: 90 } },
      schema: {
        tags,
        summary: 'Deadlines and retention of the reporting point',
        params: schoolParams,
        body: z.strictObject({
          ackDays: z.number().int().min(1).max(30).optional(),
          feedbackMonths: z.number().int().min(1).max(12).optional(),
          retentionDays: z.number().int().min(30).max(3650).optional(),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await settingsOf(s.db, request.params.schoolId);
      const { ackDays, feedbackMonths, retentionDays } = request.body;
      await updateSettings(s.db, request.params.schoolId, {
        ...(ackDays !== undefined ? { ack_days: ackDays } : {}),
        ...(feedbackMonths !== undefined ? { feedback_months: feedbackMonths } : {}),
        ...(retentionDays !== undefined ? { retention_days: retentionDays } : {}),
      });
      return reply.status(204).send(null);
    },
  );

  r.put(
    '/api/schools/:schoolId/meldpunt/intro',
    {
      config: {
        auth: confidants,
        example: { intro: 'Ik ben mentor van de bovenbouw en luister zonder oordeel.' },
      },
      schema: {
        tags,
        summary: 'My short introduction for students on the reporting page (as a confidant of this school)',
        params: schoolParams,
        body: z.strictObject({ intro: typed(400) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setConfidantIntro(s.db, request.params.schoolId, request.auth.user!.id, request.body.intro);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/schools/:schoolId/meldpunt/recovery-key',
    {
      config: { auth: rules.school('admin') },
      schema: {
        tags,
        summary:
          'Make the school recovery key: shown once, to print and keep safe; Kring keeps only its public half',
        params: schoolParams,
        response: { 201: z.object({ recoveryKey: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ recoveryKey: await createRecoveryKey(s, request.params.schoolId, request.auth.user!.id) }),
  );

  r.post(
    '/api/schools/:schoolId/meldpunt/recovery-key/use',
    {
      config: { auth: rules.school('admin'), example: { recoveryKey: 'publieke-helft.geheime-helft' } },
      schema: {
        tags,
        summary:
          'Give every confidant access to the cases they cannot open, with the printed recovery key (audited)',
        params: schoolParams,
        body: z.strictObject({ recoveryKey: z.string().trim().min(1).max(200) }),
        response: { 200: z.object({ granted: z.number() }) },
      },
    },
    async (request) =>
      useRecoveryKey(s, request.params.schoolId, request.auth.user!.id, request.body.recoveryKey),
  );
}
