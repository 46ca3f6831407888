/**
 * The shapes of what follows a conversation (action plan, evaluation, aftercare, progress, report), inferred
 * from the route schemas: types only, so no zod reaches the web bundle.
 */
import type { z } from 'zod';
import type {
  actionInput,
  actionListSchema,
  actionPlanSchema,
  actionSchema,
  actionUpdate,
  actionUpdateEntrySchema,
  actionWithSessionSchema,
  aftercareListSchema,
  aftercareRequestSchema,
  evaluationInput,
  evaluationSummarySchema,
  followUpInput,
  followUpSchema,
  progressLinkSchema,
  progressViewSchema,
  reportSchema,
  statusUpdate,
} from '../routes/followUpSchemas.ts';

export type Action = z.infer<typeof actionSchema>;
export type ActionInput = z.infer<typeof actionInput>;
export type ActionUpdate = z.infer<typeof actionUpdate>;
export type ActionHistoryEntry = z.infer<typeof actionUpdateEntrySchema>;
export type ActionWithSession = z.infer<typeof actionWithSessionSchema>;
export type ActionList = z.infer<typeof actionListSchema>;
export type ActionPlan = z.infer<typeof actionPlanSchema>;
export type StatusUpdate = z.infer<typeof statusUpdate>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type FollowUpInput = z.infer<typeof followUpInput>;
export type AftercareRequest = z.infer<typeof aftercareRequestSchema>;
export type AftercareList = z.infer<typeof aftercareListSchema>;
export type EvaluationInput = z.infer<typeof evaluationInput>;
export type EvaluationSummary = z.infer<typeof evaluationSummarySchema>;
export type ProgressLink = z.infer<typeof progressLinkSchema>;
export type ProgressView = z.infer<typeof progressViewSchema>;
export type Report = z.infer<typeof reportSchema>;
