/**
 * The reporting point's public side (PRODUCT M1, M2): no account, a school's page by its short code, filing a
 * report, and coming back with the receipt code to read replies and answer. The receipt code travels only in
 * request bodies (never in a path or query, which proxies log), and no address is stored or logged.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inBackground } from '../../../server/context.ts';
import { HttpError, notFound } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { notifyConfidants } from '../commands/notify.ts';
import { addMessage, fileReport, openReport, reportForCode } from '../commands/reports.ts';
import { normaliseReceipt } from '../domain/receipt.ts';
import { type Category, reportInput } from '../domain/report.ts';
import { confidantsOf, receivesReports, reportsRepository } from '../repositories/reports.ts';
import { settingsByCode } from '../repositories/settings.ts';
import { messageBody, receiptCodeSchema, reporterViewSchema } from './schemas.ts';

const tags = ['meldpunt'];
const codeParams = z.object({ code: z.string().regex(/^[a-z0-9]{4,16}$/) });
const exampleReceipt = '1234 5678 9012 3456';

/** Logs a confidant notice that did not go out: its count, never an address. */
const mailFailed = (request: FastifyRequest) => (error: unknown) =>
  request.log.error({ reason: (error as Error).message }, 'meldpunt notice mail failed');

export function meldpuntPublicRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  async function settingsFor(code: string) {
    const settings = await settingsByCode(s.db, code);
    if (!settings) throw notFound();
    return settings;
  }

  function receipt(typed: string): string {
    const code = normaliseReceipt(typed);
    if (!code)
      throw new HttpError(400, 'errors.receiptUnknown', {}, { receiptCode: 'errors.receiptUnknown' });
    return code;
  }

  r.get(
    '/api/meldpunt/:code',
    {
      config: { auth: rules.public },
      schema: {
        tags,
        summary: "A school's reporting point: its name, whether it is open, its confidants, its deadlines",
        params: codeParams,
        response: {
          200: z.object({
            schoolName: z.string(),
            open: z.boolean(),
            confidants: z.array(z.object({ id: z.string(), name: z.string(), intro: z.string() })),
            ackDays: z.number(),
            feedbackMonths: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const settings = await settingsFor(request.params.code);
      const school = await schoolsRepository(s.db).find(settings.school_id);
      const confidants = await confidantsOf(s.db, settings.school_id);
      return {
        schoolName: school?.name ?? '',
        open: confidants.some(receivesReports),
        // Only those a report reaches: a student who picks someone should be heard by that person.
        confidants: confidants
          .filter(receivesReports)
          .map((c) => ({ id: c.userId, name: c.name, intro: c.intro ?? '' })),
        ackDays: settings.ack_days,
        feedbackMonths: settings.feedback_months,
      };
    },
  );

  r.post(
    '/api/meldpunt/:code/reports',
    {
      config: {
        auth: rules.public,
        // A class on one school network may report at once; far more than that is a flood, not students.
        rateLimit: { max: 30, timeWindow: '10 minutes' },
        example: {
          category: 'bullying',
          location: 'school',
          period: 'thisWeek',
          involved: ['student'],
          needs: ['conversation'],
          minor: 'yes',
          confidantId: null,
          content: { story: 'Ze lachen me uit in de kantine.', when: 'Elke pauze', who: '', contact: null },
        },
      },
      schema: {
        tags,
        summary: 'File a report. Answers with the receipt code; Kring does not keep it and cannot recover it',
        params: codeParams,
        body: reportInput,
        response: { 201: z.object({ receiptCode: z.string() }) },
      },
    },
    async (request, reply) => {
      const settings = await settingsFor(request.params.code);
      const { receiptCode, reportId } = await fileReport(s, settings, request.body);
      const report = await reportsRepository(s.db, settings.school_id).find(reportId);
      // After the answer: the student gets their receipt code even when a mail server is slow or refuses.
      if (report) inBackground(s, notifyConfidants(s, report, 'report'), mailFailed(request));
      return reply.status(201).send({ receiptCode });
    },
  );

  r.post(
    '/api/meldpunt/:code/return',
    {
      config: { auth: rules.public, example: { receiptCode: exampleReceipt } },
      schema: {
        tags,
        summary: 'Come back with the receipt code: the report, its status and the conversation',
        params: codeParams,
        body: z.strictObject({ receiptCode: receiptCodeSchema }),
        response: { 200: reporterViewSchema },
      },
    },
    async (request) => {
      const settings = await settingsFor(request.params.code);
      const { report, pair } = await reportForCode(
        s,
        settings,
        receipt(request.body.receiptCode),
        request.ip,
      );
      const opened = await openReport(s, report, pair);
      const school = await schoolsRepository(s.db).find(settings.school_id);
      return {
        schoolName: school?.name ?? '',
        status: report.status,
        category: report.category as Category,
        createdAt: report.created_at,
        ...opened,
      };
    },
  );

  r.post(
    '/api/meldpunt/:code/return/messages',
    {
      config: {
        auth: rules.public,
        example: { receiptCode: exampleReceipt, body: 'Het gebeurde vandaag weer.' },
      },
      schema: {
        tags,
        summary: 'Answer or add information, with the receipt code',
        params: codeParams,
        body: z.strictObject({ receiptCode: receiptCodeSchema, body: messageBody }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const settings = await settingsFor(request.params.code);
      const { report } = await reportForCode(s, settings, receipt(request.body.receiptCode), request.ip);
      await addMessage(s, report, { kind: 'reporter' }, request.body.body);
      // A word from the student after closing opens the case again: it must not wait unread until the purge.
      if (report.status === 'closed')
        await reportsRepository(s.db, report.school_id).update(report.id, {
          status: 'inProgress',
          closed_at: null,
          outcome: null,
        });
      inBackground(s, notifyConfidants(s, report, 'message'), mailFailed(request));
      return reply.status(204).send(null);
    },
  );
}
