/** Shapes of the reporting point's API. */
import { z } from 'zod';
import {
  caseStatuses,
  categories,
  involvedKinds,
  locations,
  needs,
  periods,
  reportContent,
  typed,
} from '../domain/report.ts';

/** A receipt code as typed: digits with spaces, dashes or dots; checked for 16 digits in the handler. */
export const receiptCodeSchema = z.string().trim().min(1).max(40);

export const messageSchema = z.object({
  id: z.string(),
  author: z.enum(['reporter', 'confidant']),
  authorName: z.string().nullable(),
  body: z.string(),
  at: z.string(),
});

export const messageBody = typed(5000, 1);

/** What any confidant sees of a case without opening it: no word the student wrote. */
export const caseSummarySchema = z.object({
  id: z.string(),
  status: z.enum(caseStatuses),
  category: z.enum(categories),
  location: z.enum(locations),
  period: z.enum(periods),
  involved: z.array(z.enum(involvedKinds)),
  needs: z.array(z.enum(needs)),
  minor: z.enum(['yes', 'no', 'unknown']),
  anonymous: z.boolean(),
  legalDuty: z.boolean(),
  wantedConfidant: z.object({ userId: z.string(), name: z.string() }).nullable(),
  assignedTo: z.object({ userId: z.string(), name: z.string() }).nullable(),
  severity: z.string().nullable(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  canOpen: z.boolean(),
  /** A student's report, or a staff member's "niet-pluis" signal. */
  kind: z.enum(['report', 'signal']),
  ackDue: z.string().nullable(),
  feedbackDue: z.string().nullable(),
  overdue: z.boolean(),
});

export const caseDetailSchema = caseSummarySchema.extend({
  content: reportContent,
  messages: z.array(messageSchema),
});

export const reporterViewSchema = z.object({
  schoolName: z.string(),
  status: z.enum(caseStatuses),
  category: z.enum(categories),
  createdAt: z.string(),
  content: reportContent,
  messages: z.array(messageSchema),
});
