/**
 * The student's side (PRODUCT G1, G3): no account, only the personal link. The token travels in request bodies
 * (never in a path or query, which proxies log). The student reads the invitation and fills in their
 * preparation, saves and comes back; after the conversation they say whether they felt listened to, and read
 * what was agreed once the teacher shares it.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { rules } from '../../../server/rules.ts';
import { conversationByToken, saveHeard, savePreparation, studentView } from '../commands/link.ts';
import {
  heardInput,
  preparationSaveExample,
  preparationSaveInput,
  studentViewSchema,
  tokenExample,
  tokenInput,
} from './schemas.ts';

const tags = ['gesprek'];
/**
 * A student saves now and then; a whole class behind one school address saves a few hundred times an hour. Far
 * more than this from one address is not students.
 */
const rateLimit = { max: 240, timeWindow: '1 minute' };

export function preparationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;

  r.post(
    '/api/preparation',
    {
      config: { auth: rules.public, rateLimit, example: tokenExample },
      schema: {
        tags,
        summary: "Open a student's personal link: the invitation, their preparation, and what was agreed",
        body: tokenInput,
        response: { 200: studentViewSchema },
      },
    },
    async (request) => studentView(s, await conversationByToken(s, request.body.token)),
  );

  r.put(
    '/api/preparation',
    {
      config: { auth: rules.public, rateLimit, example: preparationSaveExample },
      schema: {
        tags,
        summary:
          'The student saves their preparation (and may say they are done); open until the conversation',
        body: preparationSaveInput,
        response: { 200: studentViewSchema },
      },
    },
    async (request) => {
      const conversation = await conversationByToken(s, request.body.token);
      await savePreparation(s, conversation, request.body.answers, request.body.done);
      return studentView(s, await conversationByToken(s, request.body.token));
    },
  );

  r.put(
    '/api/preparation/heard',
    {
      config: {
        auth: rules.public,
        rateLimit,
        example: { token: tokenExample.token, answer: 'yes', note: '' },
      },
      schema: {
        tags,
        summary: 'After the conversation, the student says whether they felt listened to',
        body: heardInput,
        response: { 200: studentViewSchema },
      },
    },
    async (request) => {
      const conversation = await conversationByToken(s, request.body.token);
      await saveHeard(s, conversation, request.body.answer, request.body.note);
      return studentView(s, await conversationByToken(s, request.body.token));
    },
  );
}
