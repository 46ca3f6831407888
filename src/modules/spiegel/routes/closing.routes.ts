/**
 * The closing and after: the phones' evaluation, aftercare requests for the contact person, the read-only
 * progress link, and the session report as JSON, PDF and Markdown.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { blocksPdf as reportPdf } from '../../../platform/pdf/blocks.ts';
import { forbidden, notFound } from '../../../server/errors.ts';
import { requestLocale } from '../../../server/locale.ts';
import { rules } from '../../../server/rules.ts';
import {
  aftercareReaders,
  evaluationSummary,
  requestAftercare,
  submitEvaluation,
} from '../commands/evaluation.ts';
import { progressLink, progressLinkForParticipant, progressView } from '../commands/progress.ts';
import { buildReport } from '../commands/report.ts';
import { reportBlocks, toMarkdown } from '../domain/reportDocument.ts';
import { type AftercareRow, mirrorEvaluationsRepository } from '../repositories/evaluations.ts';
import { mirrorSessionsRepository } from '../repositories/sessions.ts';
import { sessionFor } from './access.ts';
import {
  aftercareInput,
  aftercareListSchema,
  aftercareParams,
  aftercareRequestSchema,
  evaluationInput,
  evaluationSummarySchema,
  idempotencyKey,
  progressInput,
  progressLinkSchema,
  progressViewSchema,
  reportSchema,
} from './followUpSchemas.ts';
import { sessionParams } from './schemas.ts';

const tags = ['spiegel-closing'];
const seers = rules.school('coordinator', 'admin', 'facilitator', 'leader');
const participantToken = 'Qm9vLWV4YW1wbGUtdG9rZW4tb2YtNDMtY2hhcmFjdGVycw';

function presentAftercare(row: AftercareRow) {
  return {
    id: row.id,
    sessionId: row.session_id,
    sessionTitle: row.session_title,
    schoolId: row.school_id,
    message: row.message,
    reach: row.reach,
    createdAt: row.created_at,
    handledAt: row.handled_at,
    handledByName: row.handled_by_name,
  };
}

export function closingRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;
  const base = '/api/schools/:schoolId/mirror-sessions/:sessionId';

  r.post(
    '/api/live/evaluation',
    {
      config: {
        auth: rules.public,
        rateLimit: { max: 30, timeWindow: '1 minute' },
        example: {
          token: participantToken,
          answers: { howItWent: 4, feltSafe: 'yes' },
          aftercare: null,
          idempotencyKey: 'b7f3c1d2-0000-4000-8000-000000000010',
        },
      },
      schema: {
        tags,
        summary: 'A phone hands in the anonymous closing evaluation, and perhaps asks for aftercare',
        body: evaluationInput,
        response: { 200: z.object({ received: z.literal(true) }) },
      },
    },
    async (request) => {
      await submitEvaluation(s, request.body, (error) =>
        request.log.error({ err: error }, 'aftercare mail failed'),
      );
      return { received: true as const };
    },
  );

  r.post(
    '/api/live/aftercare',
    {
      config: {
        auth: rules.public,
        rateLimit: { max: 10, timeWindow: '1 minute' },
        example: {
          token: participantToken,
          message: 'Ik wil graag even napraten',
          idempotencyKey: 'b7f3c1d2-0000-4000-8000-000000000011',
        },
      },
      schema: {
        tags,
        summary:
          'A phone asks for aftercare on its own (e.g. after it evaluated); it reaches the contact person',
        body: aftercareInput.extend({ token: z.string().min(20).max(200), idempotencyKey }).strict(),
        response: { 200: z.object({ received: z.literal(true) }) },
      },
    },
    async (request) => {
      await requestAftercare(s, request.body, (error) =>
        request.log.error({ err: error }, 'aftercare mail failed'),
      );
      return { received: true as const };
    },
  );

  r.get(
    `${base}/evaluation`,
    {
      config: { auth: seers },
      schema: {
        tags,
        summary: 'The evaluation, counted: every count under five is "<5"',
        params: sessionParams,
        response: { 200: evaluationSummarySchema },
      },
    },
    async (request) => evaluationSummary(s, await sessionFor(s, request)),
  );

  r.get(
    '/api/my/aftercare',
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: 'Requests for aftercare from the sessions where I am the contact person',
        response: { 200: aftercareListSchema },
      },
    },
    async (request) => {
      const me = request.auth.user!.id;
      const requests = [];
      for (const schoolId of new Set(request.auth.memberships.map((m) => m.schoolId))) {
        const sessions = await mirrorSessionsRepository(s.db, schoolId).listFull();
        const rows = await mirrorEvaluationsRepository(s.db, schoolId).aftercare(sessions.map((x) => x.id));
        const readers = new Map<string | null, Set<string>>();
        for (const row of rows) {
          if (!readers.has(row.recipient_id))
            readers.set(row.recipient_id, await aftercareReaders(s, schoolId, row.recipient_id));
          if (readers.get(row.recipient_id)!.has(me)) requests.push(presentAftercare(row));
        }
      }
      const open = (x: { handledAt: string | null }) => (x.handledAt ? 1 : 0);
      return { requests: requests.sort((a, b) => open(a) - open(b)) };
    },
  );

  r.post(
    `${base}/aftercare/:requestId/handled`,
    {
      // The contact person may hold any role: the rule is checked on the session (403 for others in the
      // school, 404 for another school).
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: 'Mark a request for aftercare as handled (its contact person)',
        params: aftercareParams,
        response: { 200: aftercareRequestSchema },
      },
    },
    async (request) => {
      const { schoolId, sessionId, requestId } = request.params;
      if (!request.auth.memberships.some((m) => m.schoolId === schoolId)) throw notFound();
      const evaluations = mirrorEvaluationsRepository(s.db, schoolId);
      const found = (await evaluations.aftercare([sessionId])).find((x) => x.id === requestId);
      if (!found) throw notFound();
      if (!(await aftercareReaders(s, schoolId, found.recipient_id)).has(request.auth.user!.id))
        throw forbidden('errors.notContactPerson');
      if (!(await evaluations.markHandled(sessionId, requestId, request.auth.user!.id, s.clock.now())))
        throw notFound();
      const row = (await evaluations.aftercare([sessionId])).find((x) => x.id === requestId)!;
      return presentAftercare(row);
    },
  );

  r.post(
    `${base}/progress-link`,
    {
      config: { auth: seers },
      schema: {
        tags,
        summary: "The session's read-only progress link (made the first time)",
        params: sessionParams,
        response: { 200: progressLinkSchema },
      },
    },
    async (request) => progressLink(s, await sessionFor(s, request)),
  );

  r.post(
    '/api/live/progress-link',
    {
      config: {
        auth: rules.public,
        rateLimit: { max: 30, timeWindow: '1 minute' },
        example: { token: participantToken },
      },
      schema: {
        tags,
        summary: 'A phone asks to stay informed: the read-only progress link',
        body: progressInput,
        response: { 200: progressLinkSchema },
      },
    },
    async (request) => progressLinkForParticipant(s, request.body.token),
  );

  r.post(
    '/api/progress',
    {
      config: {
        auth: rules.public,
        rateLimit: { max: 60, timeWindow: '1 minute' },
        example: { token: participantToken },
      },
      schema: {
        tags,
        summary: "The action plan's progress, read with the progress link's token (no account)",
        body: progressInput,
        response: { 200: progressViewSchema },
      },
    },
    async (request) => progressView(s, request.body.token),
  );

  r.get(
    `${base}/report`,
    {
      config: { auth: seers },
      schema: { tags, summary: 'The session report', params: sessionParams, response: { 200: reportSchema } },
    },
    async (request) => buildReport(s, await sessionFor(s, request), requestLocale(request)),
  );

  r.get(
    `${base}/report.md`,
    {
      config: { auth: seers },
      schema: { tags, summary: 'The session report as Markdown', params: sessionParams },
    },
    async (request, reply) => {
      const locale = requestLocale(request);
      const report = await buildReport(s, await sessionFor(s, request), locale);
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', 'attachment; filename="verslag.md"')
        .send(toMarkdown(reportBlocks(report, locale)));
    },
  );

  r.get(
    `${base}/report.pdf`,
    {
      config: { auth: seers },
      schema: { tags, summary: 'The session report as a PDF', params: sessionParams },
    },
    async (request, reply) => {
      const locale = requestLocale(request);
      const report = await buildReport(s, await sessionFor(s, request), locale);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="verslag.pdf"')
        .send(await reportPdf(reportBlocks(report, locale), report.title));
    },
  );
}
