/** Round 5: clusters of recommendations (with suggestions) and dot voting from the phones. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rules } from '../../../server/rules.ts';
import { idSchema, noContent } from '../../accounts/routes/schemas.ts';
import {
  castVote,
  clusterSuggestions,
  createCluster,
  moveRecommendation,
  removeCluster,
  renameCluster,
} from '../commands/clusters.ts';
import { sessionFor } from './access.ts';
import { idempotencyKey, sessionParams } from './schemas.ts';

const tags = ['spiegel-live'];
const runners = rules.school('coordinator', 'admin', 'facilitator');
const title = z.string().trim().min(1).max(80);
const clusterParams = sessionParams.extend({ clusterId: idSchema });

export function clusterRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;
  const base = '/api/schools/:schoolId/mirror-sessions/:sessionId';

  r.get(
    `${base}/cluster-suggestions`,
    {
      config: { auth: runners },
      schema: {
        tags,
        summary: 'Suggested clusters for the recommendations not yet in one, from their texts (Dutch-aware)',
        params: sessionParams,
        response: { 200: z.array(z.object({ title: z.string(), recommendationIds: z.array(z.string()) })) },
      },
    },
    async (request) => clusterSuggestions(s, await sessionFor(s, request, 'run')),
  );

  r.post(
    `${base}/clusters`,
    {
      config: {
        auth: runners,
        example: {
          title: 'Pesten',
          recommendationIds: [],
          idempotencyKey: 'b7f3c1d2-0000-4000-8000-000000000005',
        },
      },
      schema: {
        tags,
        summary: 'Make a cluster, with the recommendations that belong in it',
        params: sessionParams,
        body: z.strictObject({ title, recommendationIds: z.array(idSchema).max(200), idempotencyKey }),
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => createCluster(s, await sessionFor(s, request, 'run'), request.body),
  );

  r.patch(
    `${base}/clusters/:clusterId`,
    {
      config: { auth: runners, example: { title: 'Pesten en schelden' } },
      schema: {
        tags,
        summary: 'Give a cluster another title',
        params: clusterParams,
        body: z.strictObject({ title }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await renameCluster(
        s,
        await sessionFor(s, request, 'run'),
        request.params.clusterId,
        request.body.title,
      );
      return reply.status(204).send(null);
    },
  );

  r.delete(
    `${base}/clusters/:clusterId`,
    {
      config: { auth: runners },
      schema: {
        tags,
        summary: 'Undo a cluster: its recommendations go back among the unsorted',
        params: clusterParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await removeCluster(s, await sessionFor(s, request, 'run'), request.params.clusterId);
      return reply.status(204).send(null);
    },
  );

  r.put(
    `${base}/recommendations/:recommendationId/cluster`,
    {
      config: { auth: runners, example: { clusterId: null } },
      schema: {
        tags,
        summary: 'Put a recommendation in a cluster, or back among the unsorted (null)',
        params: sessionParams.extend({ recommendationId: idSchema }),
        body: z.strictObject({ clusterId: idSchema.nullable() }),
        response: noContent,
      },
    },
    async (request, reply) => {
      const session = await sessionFor(s, request, 'run');
      await moveRecommendation(s, session, request.params.recommendationId, request.body.clusterId);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/live/votes',
    {
      config: {
        auth: rules.public,
        rateLimit: { max: 240, timeWindow: '1 minute' },
        example: {
          token: 'Qm9vLWV4YW1wbGUtdG9rZW4tb2YtNDMtY2hhcmFjdGVycw',
          clusterId: '00000000-0000-4000-8000-000000000000',
          add: true,
          idempotencyKey: 'b7f3c1d2-0000-4000-8000-000000000006',
        },
      },
      schema: {
        tags,
        summary: 'Give or take back a dot vote from a phone, while voting is open',
        body: z.strictObject({
          token: z.string().min(20).max(200),
          clusterId: idSchema,
          add: z.boolean(),
          idempotencyKey,
        }),
        response: { 200: z.object({ votesLeft: z.number() }) },
      },
    },
    async (request) => castVote(s, request.body),
  );
}
