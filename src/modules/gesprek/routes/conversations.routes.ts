/**
 * A teacher's conversations with students (PRODUCT G1–G3): starting one, reading it, filling in the form
 * together, the teacher's own questions with the coach, marking it held, sharing it with the student and with
 * colleagues, the teacher's reflection on how they listened, and the PDF for the student file.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { blocksPdf } from '../../../platform/pdf/blocks.ts';
import { badRequest, conflict } from '../../../server/errors.ts';
import { requestLocale } from '../../../server/locale.ts';
import { rules } from '../../../server/rules.ts';
import { idSchema } from '../../accounts/routes/schemas.ts';
import { conversationView, startConversation, today } from '../commands/conversations.ts';
import { makeLink, revokeLink } from '../commands/link.ts';
import { myConversations, myListening } from '../commands/mine.ts';
import { conversationBlocks } from '../domain/document.ts';
import { linkState, movedExpiry } from '../domain/link.ts';
import { listeningInput } from '../domain/listening.ts';
import { type ConversationChanges, conversationsRepository } from '../repositories/conversations.ts';
import { conversationFor } from './access.ts';
import {
  basicsInput,
  conversationParams,
  conversationViewSchema,
  formExample,
  formInput,
  listeningOverviewSchema,
  myConversationsSchema,
  questionsInput,
  schoolParams,
  startExample,
  startInput,
} from './schemas.ts';

const tags = ['gesprek'];

export function conversationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = app.kring;
  const base = '/api/schools/:schoolId/conversations';
  const one = `${base}/:conversationId`;

  /** Applies a change to a conversation the caller holds and answers with its new view. */
  async function change(request: Parameters<typeof conversationFor>[1], changes: ConversationChanges) {
    const { conversation } = await conversationFor(s, request, 'hold');
    const conversations = conversationsRepository(s.db, s.box, conversation.schoolId);
    await conversations.update(conversation.id, changes, s.clock.now());
    return conversationView(s, request.school!, (await conversations.find(conversation.id))!, 'holder');
  }

  r.get(
    '/api/my/conversations',
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: 'My conversations with students, those shared with me, and agreements due for evaluation',
        response: { 200: myConversationsSchema },
      },
    },
    async (request) => myConversations(s, request.auth),
  );

  r.get(
    '/api/my/listening',
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary:
          'How I listened in my conversations and whether my students felt heard, over time (only mine)',
        response: { 200: listeningOverviewSchema },
      },
    },
    async (request) => myListening(s, request.auth),
  );

  r.post(
    base,
    {
      config: { auth: rules.school('teacher'), example: startExample },
      schema: {
        tags,
        summary: "Start a conversation with a student; makes the student's preparation link",
        params: schoolParams,
        body: startInput,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await startConversation(s, request.school!, request.auth.user!, request.body)),
  );

  r.get(
    one,
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: 'A conversation, for the teacher who holds it or a colleague it was shared with',
        params: conversationParams,
        response: { 200: conversationViewSchema },
      },
    },
    async (request) => {
      const { conversation, access } = await conversationFor(s, request, 'read');
      return conversationView(s, request.school!, conversation, access, request.auth.user!.id);
    },
  );

  r.patch(
    one,
    {
      config: {
        auth: rules.signedIn,
        example: { aim: startExample.aim, plannedAt: '2026-12-11T09:00', level: 'secondary' },
      },
      schema: {
        tags,
        summary: 'Change the aim, date or language level',
        params: conversationParams,
        body: basicsInput,
        response: { 200: conversationViewSchema },
      },
    },
    async (request) => {
      const { conversation } = await conversationFor(s, request, 'hold');
      const now = s.clock.now();
      // A link that works keeps working until two weeks after the (new) date.
      const active = linkState(conversation.link, now) === 'active';
      const moved =
        active && conversation.link.expiresAt
          ? movedExpiry(conversation.link.expiresAt, now, request.body.plannedAt)
          : undefined;
      return change(request, { ...request.body, ...(moved ? { linkExpiresAt: moved } : {}) });
    },
  );

  r.delete(
    one,
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: 'Delete a conversation with its agreements',
        params: conversationParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { conversation } = await conversationFor(s, request, 'hold');
      await conversationsRepository(s.db, s.box, conversation.schoolId).remove(conversation.id);
      return reply.status(204).send(null);
    },
  );

  r.put(
    `${one}/form`,
    {
      config: { auth: rules.signedIn, example: formExample },
      schema: {
        tags,
        summary: 'Save the conversation form that teacher and student fill in together',
        params: conversationParams,
        body: formInput,
        response: { 200: conversationViewSchema },
      },
    },
    async (request) => {
      const heard = request.body.studentHeard;
      return change(request, {
        form: request.body.form,
        ...(heard ? { studentHeard: { answer: heard.answer, note: heard.answer ? heard.note : null } } : {}),
      });
    },
  );

  r.put(
    `${one}/questions`,
    {
      config: { auth: rules.signedIn, example: { questions: ['Vind je rekenen moeilijk?'] } },
      schema: {
        tags,
        summary: 'Save my own questions for the conversation; closed ones come back with an open version',
        params: conversationParams,
        body: questionsInput,
        response: { 200: conversationViewSchema },
      },
    },
    // The same question twice is one question.
    async (request) => change(request, { questions: [...new Set(request.body.questions)] }),
  );

  r.put(
    `${one}/held`,
    {
      config: { auth: rules.signedIn, example: { held: true } },
      schema: {
        tags,
        summary: 'Mark the conversation as held (the preparation closes), or open it again',
        params: conversationParams,
        body: z.strictObject({ held: z.boolean() }),
        response: { 200: conversationViewSchema },
      },
    },
    async (request) => {
      const { conversation } = await conversationFor(s, request, 'hold');
      const heldAt = request.body.held ? (conversation.heldAt ?? s.clock.now().toISOString()) : null;
      return change(request, { heldAt });
    },
  );

  r.put(
    `${one}/student-share`,
    {
      config: { auth: rules.signedIn, example: { shared: true } },
      schema: {
        tags,
        summary: "Show the agreed form and the agreements on the student's link, or stop showing them",
        params: conversationParams,
        body: z.strictObject({ shared: z.boolean() }),
        response: { 200: conversationViewSchema },
      },
    },
    async (request) => change(request, { sharedWithStudent: request.body.shared }),
  );

  r.put(
    `${one}/shares`,
    {
      config: { auth: rules.signedIn, example: { userIds: [] } },
      schema: {
        tags,
        summary:
          'Share the conversation with colleagues of the school (e.g. the care coordinator), or with nobody',
        params: conversationParams,
        body: z.strictObject({
          userIds: z
            .array(idSchema)
            .max(20)
            .refine((ids) => new Set(ids).size === ids.length),
        }),
        response: { 200: conversationViewSchema },
      },
    },
    async (request) => {
      const { conversation } = await conversationFor(s, request, 'hold');
      const staff = new Set(request.school ? await staffOf(request.school.id) : []);
      const userIds = request.body.userIds.filter((id) => id !== conversation.teacherId);
      if (!userIds.every((id) => staff.has(id))) throw badRequest('errors.gesprek.notColleague');
      const conversations = conversationsRepository(s.db, s.box, conversation.schoolId);
      await conversations.setShares(conversation.id, userIds, request.auth.user!.id, s.clock.now());
      return conversationView(s, request.school!, conversation, 'holder');
    },
  );

  async function staffOf(schoolId: string): Promise<string[]> {
    const rows = await s.db
      .selectFrom('memberships')
      .select('user_id')
      .where('school_id', '=', schoolId)
      .execute();
    return rows.map((row) => row.user_id);
  }

  r.put(
    `${one}/listening`,
    {
      config: { auth: rules.signedIn, example: { level: 3, note: '' } },
      schema: {
        tags,
        summary: 'Place myself on the four levels of listening after the conversation (only I see it)',
        params: conversationParams,
        body: listeningInput,
        response: { 200: conversationViewSchema },
      },
    },
    async (request) => {
      const { conversation } = await conversationFor(s, request, 'hold');
      if (conversation.heldAt === null) throw conflict('errors.gesprek.listeningAfter');
      return change(request, { listening: request.body });
    },
  );

  r.post(
    `${one}/link`,
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: "Make a new link for the student's preparation; the previous link stops working",
        params: conversationParams,
        response: { 200: conversationViewSchema },
      },
    },
    async (request) => {
      const { conversation } = await conversationFor(s, request, 'hold');
      await makeLink(s, conversation);
      return change(request, {});
    },
  );

  r.delete(
    `${one}/link`,
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: "Revoke the student's link",
        params: conversationParams,
        response: { 200: conversationViewSchema },
      },
    },
    async (request) => {
      const { conversation } = await conversationFor(s, request, 'hold');
      await revokeLink(s, conversation);
      return change(request, {});
    },
  );

  r.get(
    `${one}/pdf`,
    {
      config: { auth: rules.signedIn },
      schema: {
        tags,
        summary: 'The whole conversation as a PDF for the student file',
        params: conversationParams,
      },
    },
    async (request, reply) => {
      const { conversation, access } = await conversationFor(s, request, 'read');
      const view = await conversationView(s, request.school!, conversation, access, request.auth.user!.id);
      const blocks = conversationBlocks(
        {
          schoolName: view.schoolName,
          studentName: view.student.name,
          className: view.student.className,
          teacherName: view.teacher.name,
          plannedAt: view.plannedAt,
          level: view.level,
          aim: view.aim,
          preparation: view.preparation.answers,
          form: view.form,
          studentHeard: view.studentHeard.answer,
          agreements: view.agreements,
          previous: view.previous,
        },
        requestLocale(request),
        today(s),
      );
      const pdf = await blocksPdf(blocks, view.student.name);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="gesprek-${view.plannedAt.slice(0, 10)}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
