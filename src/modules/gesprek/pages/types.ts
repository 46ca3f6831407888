/** The shapes the gesprek pages read, as the API describes them. Types only: nothing of the server is bundled. */
import type { z } from 'zod';
import type {
  agreementSchema,
  conversationViewSchema,
  listeningOverviewSchema,
  myConversationsSchema,
  studentSchema,
  studentViewSchema,
  summarySchema,
} from '../routes/schemas.ts';

export type ConversationView = z.infer<typeof conversationViewSchema>;
export type AgreementView = z.infer<typeof agreementSchema>;
export type MyConversations = z.infer<typeof myConversationsSchema>;
export type ConversationSummary = z.infer<typeof summarySchema>;
export type ListeningOverviewView = z.infer<typeof listeningOverviewSchema>;
export type StudentView = z.infer<typeof studentViewSchema>;
export type RosterStudentView = z.infer<typeof studentSchema>;

export const conversationApi = (schoolId: string, conversationId: string) =>
  `/api/schools/${encodeURIComponent(schoolId)}/conversations/${encodeURIComponent(conversationId)}`;
export const conversationPath = (schoolId: string, conversationId: string) =>
  `/gesprekken/${schoolId}/${conversationId}`;
