/** Round 4's recommendations: written on phones, or typed in from paper by the facilitator. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rules } from '../../../server/rules.ts';
import { idSchema, noContent } from '../../accounts/routes/schemas.ts';
import { removeRecommendation, writeAsParticipant, writeAsStaff } from '../commands/recommendations.ts';
import { targets } from '../domain/recommendations.ts';
import { sessionFor } from './access.ts';
import { idempotencyKey, sessionParams } from './schemas.ts';

const tags = ['spiegel-live'];
const recommendation = { target: z.enum(targets), text: z.string().trim().min(1).max(280), idempotencyKey };
const runners = rules.school('coordinator', 'admin', 'facilitator');

export function recommendationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  r.post(
    '/api/live/recommendations',
    {
      config: {
        auth: rules.public,
        rateLimit: { max: 120, timeWindow: '1 minute' },
        example: {
          token: 'Qm9vLWV4YW1wbGUtdG9rZW4tb2YtNDMtY2hhcmFjdGVycw',
          target: 'teachers',
          text: 'Spreek leerlingen aan op schelden',
          idempotencyKey: 'b7f3c1d2-0000-4000-8000-000000000003',
        },
      },
      schema: {
        tags,
        summary:
          "A group's recommendation from a phone (with the token from joining), during the groups phase",
        body: z.strictObject({ token: z.string().min(20).max(200), ...recommendation }),
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => {
      const { token, ...input } = request.body;
      return writeAsParticipant(s, token, input);
    },
  );

  r.post(
    '/api/schools/:schoolId/mirror-sessions/:sessionId/recommendations',
    {
      config: {
        auth: runners,
        example: {
          groupIndex: null,
          target: 'leadership',
          text: 'Een GSA oprichten',
          idempotencyKey: 'b7f3c1d2-0000-4000-8000-000000000004',
        },
      },
      schema: {
        tags,
        summary: "Type in a group's recommendation written on paper",
        params: sessionParams,
        body: z.strictObject({ groupIndex: z.number().int().min(0).max(50).nullable(), ...recommendation }),
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => {
      const session = await sessionFor(s, request, 'run');
      const { groupIndex, ...input } = request.body;
      return writeAsStaff(s, session, groupIndex, input);
    },
  );

  r.delete(
    '/api/schools/:schoolId/mirror-sessions/:sessionId/recommendations/:recommendationId',
    {
      config: { auth: runners },
      schema: {
        tags,
        summary: 'Remove a recommendation (a duplicate, or one that should not be there)',
        params: sessionParams.extend({ recommendationId: idSchema }),
        response: noContent,
      },
    },
    async (request, reply) => {
      const session = await sessionFor(s, request, 'run');
      await removeRecommendation(s, session, request.params.recommendationId);
      return reply.status(204).send(null);
    },
  );
}
