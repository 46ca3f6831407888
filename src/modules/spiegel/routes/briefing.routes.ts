/** The student briefing as a PDF to print or share (S3). The printable page is part of the web app. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestLocale } from '../../../server/locale.ts';
import { rules } from '../../../server/rules.ts';
import { briefingPdf } from '../commands/briefingPdf.ts';
import { sessionTemplate } from '../commands/plan.ts';
import type { LiveState } from '../domain/live.ts';
import { sessionFor } from './access.ts';
import { sessionParams } from './schemas.ts';

export function briefingRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/schools/:schoolId/mirror-sessions/:sessionId/briefing.pdf',
    {
      config: { auth: rules.school('coordinator', 'admin', 'facilitator') },
      schema: { tags: ['spiegel'], summary: 'The student briefing as a PDF', params: sessionParams },
    },
    async (request, reply) => {
      const session = await sessionFor(app.kring, request);
      const pdf = await briefingPdf(
        {
          title: session.title,
          scheduledAt: session.scheduled_at,
          place: session.place,
          template: sessionTemplate(session),
          rules: (JSON.parse(session.live_state) as LiveState).rules,
        },
        requestLocale(request),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="voorbereiding.pdf"')
        .send(pdf);
    },
  );
}
