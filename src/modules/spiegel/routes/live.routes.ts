/**
 * The live side: the facilitator's commands, joining by code from a phone, and the WebSocket every device
 * listens on.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rules } from '../../../server/rules.ts';
import { joinSession, runLiveCommand } from '../commands/live.ts';
import { sessionFor } from './access.ts';
import { liveSocket } from './liveSocket.ts';
import { idempotencyKey, joinInput, joinResultSchema, liveCommandSchema, sessionParams } from './schemas.ts';

const tags = ['spiegel-live'];

export function liveRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  r.post(
    '/api/schools/:schoolId/mirror-sessions/:sessionId/commands',
    {
      config: {
        auth: rules.school('coordinator', 'admin', 'facilitator'),
        example: { idempotencyKey: 'b7f3c1d2-0000-4000-8000-000000000001', command: { type: 'startTimer' } },
      },
      schema: {
        tags,
        summary:
          "A facilitator's command: phase, question, timer, rules, groups. Applied once per idempotency key",
        params: sessionParams,
        body: z.strictObject({ idempotencyKey, command: liveCommandSchema }),
        response: { 200: z.object({ seq: z.number() }) },
      },
    },
    async (request) => {
      const session = await sessionFor(s, request, 'run');
      return runLiveCommand(s, session, request.body.command, request.body.idempotencyKey);
    },
  );

  r.post(
    '/api/live/join',
    {
      config: {
        auth: rules.public,
        // A whole class joins from one school address; a billion codes make guessing hopeless all the same.
        rateLimit: { max: 120, timeWindow: '1 minute' },
        example: { code: 'ABC234', side: 'voices', idempotencyKey: 'b7f3c1d2-0000-4000-8000-000000000002' },
      },
      schema: {
        tags,
        summary: 'Join a live session with its code, without an account',
        body: joinInput,
        response: { 200: joinResultSchema },
      },
    },
    async (request) => joinSession(s, request.body),
  );

  liveSocket(app);
}
