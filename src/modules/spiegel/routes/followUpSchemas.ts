/**
 * Request and response schemas for what follows the conversation: the action plan, the closing evaluation,
 * aftercare requests, the read-only progress link and the report. The web app uses these shapes.
 */
import { z } from 'zod';
import { daySchema } from '../../../platform/text/dateSchemas.ts';
import { idSchema, roleSchema } from '../../accounts/routes/schemas.ts';
import { roundShownSchema } from '../../facilitators/routes/schemas.ts';
import { actionStatuses } from '../domain/actions.ts';
import { evaluationQuestions } from '../domain/evaluation.ts';
import { targets } from '../domain/recommendations.ts';
import { idempotencyKey } from './schemas.ts';

/** A count, or "<5" when fewer than five are behind it (PRODUCT K4). */
export const shownCount = z.union([z.number(), z.literal('<5')]);

/** A calendar day, e.g. 2027-01-31. */
export { daySchema };

export const actionParams = z.object({ schoolId: idSchema, sessionId: idSchema, actionId: idSchema });
export const schoolActionParams = z.object({ schoolId: idSchema, actionId: idSchema });

/**
 * An action: what, for whom, from which cluster, its due day and status, and its owner: a person of the school
 * or a role (everyone holding it in the school sees the action); one of the two, or neither while nobody has
 * taken it on yet.
 */
const actionFields = z.strictObject({
  what: z.string().trim().min(1).max(300),
  target: z.enum(targets),
  /** The round-5 cluster it came from, if any. */
  clusterId: idSchema.nullable(),
  ownerUserId: idSchema.nullable(),
  ownerRole: roleSchema.nullable(),
  dueDate: daySchema.nullable(),
  status: z.enum(actionStatuses),
});

export const actionInput = actionFields.refine((a) => a.ownerUserId === null || a.ownerRole === null, {
  message: 'one owner: a person or a role',
  path: ['ownerRole'],
});

/** A change of some fields; naming a person as owner clears the role, and the other way round. */
export const actionUpdate = actionFields.partial();

export const statusUpdate = z.strictObject({
  status: z.enum(actionStatuses),
  /** What was done or why it changed; shown on the action's history and the progress page. */
  note: z.string().trim().max(500).optional(),
});

export const actionUpdateEntrySchema = z.object({
  status: z.enum(actionStatuses),
  note: z.string().nullable(),
  byName: z.string().nullable(),
  at: z.string(),
});

export const actionSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  clusterId: z.string().nullable(),
  what: z.string(),
  target: z.enum(targets),
  ownerUserId: z.string().nullable(),
  ownerRole: roleSchema.nullable(),
  /** The owner as shown: the person's name, or null for a role (show the role's label). */
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(actionStatuses),
  /** Past its due date and not done or dropped. */
  overdue: z.boolean(),
  updatedAt: z.string(),
  /** Newest first. */
  history: z.array(actionUpdateEntrySchema),
  /** Whether the signed-in person may change everything, or only the status (as its owner). */
  canEdit: z.boolean(),
  canUpdateStatus: z.boolean(),
});

export const followUpSchema = z.object({
  /** Who takes the lead in carrying out the plan. */
  leadUserId: z.string().nullable(),
  leadName: z.string().nullable(),
  /** The contact point for follow-up: the session's contact person unless the group chose someone else. */
  contactPersonId: z.string().nullable(),
  contactPersonName: z.string().nullable(),
});
export const followUpInput = z.strictObject({
  leadUserId: idSchema.nullable(),
  contactPersonId: idSchema.nullable(),
});

export const actionPlanSchema = z.object({
  sessionId: z.string(),
  status: z.enum(['planned', 'live', 'closed']),
  actions: z.array(actionSchema),
  followUp: followUpSchema,
  /** Whether the signed-in person may add actions and change the follow-up. */
  canEdit: z.boolean(),
});

/** An action with the session it came from: the home page and the coordinator's overview. */
export const actionWithSessionSchema = actionSchema.extend({
  schoolId: z.string(),
  schoolName: z.string(),
  sessionTitle: z.string(),
  sessionDate: z.string(),
});
export const actionListSchema = z.object({ actions: z.array(actionWithSessionSchema) });
export const actionFilter = z.strictObject({
  status: z.enum(['open', 'overdue', 'done', 'all']).default('all'),
});

const scale = z.number().int().min(1).max(5);
const threeWay = z.enum(['yes', 'mostly', 'no']);
export const evaluationAnswers = z.strictObject({
  howItWent: scale.optional(),
  feltSafe: threeWay.optional(),
  rulesKept: threeWay.optional(),
  facilitation: scale.optional(),
  joinAgain: z.enum(['yes', 'maybe', 'no']).optional(),
  improve: z.string().trim().max(1000).optional(),
});

/** Someone would like aftercare now. Stored apart from the evaluation, so the two cannot be linked. */
export const aftercareInput = z.strictObject({
  /** What the person chooses to say; may be empty. */
  message: z.string().trim().max(1000).optional(),
  /** How to reach them, if they want to be reached (a name, a class, an email): their choice. */
  reach: z.string().trim().max(200).optional(),
});

export const evaluationInput = z.strictObject({
  token: z.string().min(20).max(200),
  answers: evaluationAnswers,
  aftercare: aftercareInput.nullable(),
  idempotencyKey,
});

export const evaluationSummarySchema = z.object({
  /** False while the session runs: then only `answered` is given (counts that change per answer give people away). */
  final: z.boolean(),
  /** How many filled in the evaluation. */
  answered: shownCount,
  /** Per question, the count per answer ("1".."5" for scales); every count "<5" under five answers. */
  questions: z.record(z.enum(evaluationQuestions), z.record(z.string(), shownCount)),
  /** What could be better, in random order; empty under five answers (a text can give its writer away). */
  improvements: z.array(z.string()),
  aftercareRequests: shownCount,
});

export const aftercareRequestSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  sessionTitle: z.string(),
  schoolId: z.string(),
  message: z.string().nullable(),
  reach: z.string().nullable(),
  createdAt: z.string(),
  handledAt: z.string().nullable(),
  handledByName: z.string().nullable(),
});
export const aftercareListSchema = z.object({ requests: z.array(aftercareRequestSchema) });
export const aftercareParams = z.object({ schoolId: idSchema, sessionId: idSchema, requestId: idSchema });

export const progressLinkSchema = z.object({ url: z.string() });
export const progressInput = z.strictObject({ token: z.string().min(20).max(200) });
export const progressViewSchema = z.object({
  title: z.string(),
  schoolName: z.string(),
  date: z.string(),
  status: z.enum(['planned', 'live', 'closed']),
  contactPersonName: z.string().nullable(),
  leadName: z.string().nullable(),
  actions: z.array(
    z.object({
      what: z.string(),
      target: z.enum(targets),
      dueDate: z.string().nullable(),
      status: z.enum(actionStatuses),
      overdue: z.boolean(),
      updatedAt: z.string(),
      /** The newest note given with a status change, if any. */
      latestNote: z.string().nullable(),
    }),
  ),
});

export const reportSchema = z.object({
  title: z.string(),
  templateName: z.string(),
  schoolName: z.string(),
  date: z.string(),
  status: z.enum(['planned', 'live', 'closed']),
  /** How many took part on each side, with the side's label; "<5" under five. Never names. */
  participants: z.array(
    z.object({ side: z.enum(['voices', 'listeners']), label: z.string(), count: shownCount }),
  ),
  recommendations: z.array(z.object({ target: z.enum(targets), texts: z.array(z.string()) })),
  clusters: z.array(
    z.object({
      title: z.string(),
      rank: z.number(),
      votes: shownCount,
      recommendations: z.array(z.string()),
    }),
  ),
  actions: z.array(
    z.object({
      what: z.string(),
      target: z.enum(targets),
      owner: z.string().nullable(),
      dueDate: z.string().nullable(),
      status: z.enum(actionStatuses),
      overdue: z.boolean(),
    }),
  ),
  followUp: z.object({ leadName: z.string().nullable(), contactPersonName: z.string().nullable() }),
  /** Speaking time per round, once the session is closed: shares per side, never a time per person (F1). */
  speaking: z.array(roundShownSchema),
  evaluation: evaluationSummarySchema,
});

export { idempotencyKey };
