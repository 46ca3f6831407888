/**
 * Who may reach a conversation. A conversation belongs to the teacher who holds it, not to a role: only they
 * change it, and only they and the colleagues they share it with read it. Its routes therefore carry the rule
 * `signedIn` and check the school and the person here; another school, or a colleague it was not shared with,
 * finds nothing (404), as if it did not exist.
 */
import type { FastifyRequest } from 'fastify';
import type { Services } from '../../../server/context.ts';
import { forbidden, notFound } from '../../../server/errors.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { type Conversation, conversationsRepository } from '../repositories/conversations.ts';

/** The route's school, if the caller holds a role in it (in their own organisation). */
export async function memberSchool(services: Services, request: FastifyRequest) {
  const { schoolId } = request.params as { schoolId: string };
  const school = await schoolsRepository(services.db).find(schoolId);
  const member = request.auth.memberships.some((m) => m.schoolId === schoolId);
  if (!school || school.organisation_id !== request.auth.user!.organisation_id || !member) throw notFound();
  request.school = school;
  return school;
}

export interface ConversationAccess {
  conversation: Conversation;
  access: 'holder' | 'shared';
}

/**
 * The conversation of `:conversationId`: to read it (`need: 'read'`), the caller holds it or it was shared with
 * them; to change it (`need: 'hold'`), they hold it (a colleague it was shared with gets a 403).
 */
export async function conversationFor(
  services: Services,
  request: FastifyRequest,
  need: 'read' | 'hold',
): Promise<ConversationAccess> {
  const school = await memberSchool(services, request);
  const { conversationId } = request.params as { conversationId: string };
  const conversations = conversationsRepository(services.db, services.box, school.id);
  const conversation = await conversations.find(conversationId);
  if (!conversation) throw notFound();
  const me = request.auth.user!.id;
  if (conversation.teacherId === me) return { conversation, access: 'holder' };
  if (!(await conversations.isSharedWith(conversation.id, me))) throw notFound();
  if (need === 'hold') throw forbidden('errors.gesprek.readOnly');
  return { conversation, access: 'shared' };
}
