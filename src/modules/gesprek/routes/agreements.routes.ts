/**
 * Agreements of a conversation (PRODUCT G2, G4): who does what, how, and when teacher and student look back on
 * it; and that look back, usually in the follow-up conversation. Only the teacher who holds the conversation
 * changes them.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../../server/errors.ts';
import { rules } from '../../../server/rules.ts';
import { conversationView } from '../commands/conversations.ts';
import { agreementInput, evaluationInput } from '../domain/agreements.ts';
import { agreementsRepository } from '../repositories/agreements.ts';
import { conversationFor } from './access.ts';
import { agreementExample, agreementParams, conversationParams, conversationViewSchema } from './schemas.ts';

const tags = ['gesprek'];

export function agreementRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;
  const base = '/api/schools/:schoolId/conversations/:conversationId/agreements';

  /** The conversation the caller holds, its agreements, and (for `:agreementId`) that agreement. */
  async function held(request: Parameters<typeof conversationFor>[1]) {
    const { conversation } = await conversationFor(s, request, 'hold');
    const agreements = agreementsRepository(s.db, s.box, conversation.schoolId);
    const { agreementId } = request.params as { agreementId?: string };
    if (agreementId && !(await agreements.find(conversation.id, agreementId))) throw notFound();
    return { conversation, agreements, agreementId: agreementId ?? '' };
  }

  async function view(request: Parameters<typeof conversationFor>[1]) {
    const { conversation } = await conversationFor(s, request, 'hold');
    return conversationView(s, request.school!, conversation, 'holder');
  }

  r.post(
    base,
    {
      config: { auth: rules.signedIn, example: agreementExample },
      schema: {
        tags,
        summary: 'Add an agreement: what, who, how, and the day to look back on it',
        params: conversationParams,
        body: agreementInput,
        response: { 201: conversationViewSchema },
      },
    },
    async (request, reply) => {
      const { conversation, agreements } = await held(request);
      await agreements.add(conversation.id, request.body, s.clock.now());
      return reply.status(201).send(await view(request));
    },
  );

  r.put(
    `${base}/:agreementId`,
    {
      config: { auth: rules.signedIn, example: agreementExample },
      schema: {
        tags,
        summary: 'Change an agreement (a new day to look back means a new reminder)',
        params: agreementParams,
        body: agreementInput,
        response: { 200: conversationViewSchema },
      },
    },
    async (request) => {
      const { conversation, agreements, agreementId } = await held(request);
      await agreements.update(conversation.id, agreementId, request.body, s.clock.now());
      return view(request);
    },
  );

  r.delete(
    `${base}/:agreementId`,
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: 'Remove an agreement',
        params: agreementParams,
        response: { 200: conversationViewSchema },
      },
    },
    async (request) => {
      const { conversation, agreements, agreementId } = await held(request);
      await agreements.remove(conversation.id, agreementId);
      return view(request);
    },
  );

  r.put(
    `${base}/:agreementId/evaluation`,
    {
      config: {
        auth: rules.signedIn,
        example: { evaluation: { outcome: 'partly', note: 'Maandag lukt, vrijdag nog niet.' } },
      },
      schema: {
        tags,
        summary: 'Record how an agreement went (or take that back with null)',
        params: agreementParams,
        body: z.strictObject({ evaluation: evaluationInput.nullable() }),
        response: { 200: z.object({ evaluatedAt: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { conversation, agreements, agreementId } = await held(request);
      await agreements.evaluate(conversation.id, agreementId, request.body.evaluation, s.clock.now());
      return { evaluatedAt: (await agreements.find(conversation.id, agreementId))!.evaluatedAt };
    },
  );
}
