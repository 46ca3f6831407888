/** Request and response schemas of the Spiegel API (planning, templates, live). The web app uses these shapes. */
import { z } from 'zod';
import { localDateTimeSchema } from '../../../platform/text/dateSchemas.ts';
import { idSchema } from '../../accounts/routes/schemas.ts';
import { localText, templateSchema } from '../domain/template.ts';

export const sessionParams = z.object({ schoolId: idSchema, sessionId: idSchema });
export const templateParams = z.object({ schoolId: idSchema, templateId: idSchema });

export const templateSummarySchema = z.object({
  /** A shipped template's key ("gender-diversiteit"), or a school template's id. */
  id: z.string(),
  shipped: z.boolean(),
  name: localText,
  description: localText,
  totalMinutes: z.number(),
  basedOn: z.string().nullable(),
});

export const schoolTemplateSchema = z.object({
  id: z.string(),
  basedOn: z.string().nullable(),
  definition: templateSchema,
  updatedAt: z.string(),
});

export const planWarningSchema = z.object({
  code: z.enum([
    'voicesTooFew',
    'voicesTooMany',
    'listenersTooFew',
    'listenersTooMany',
    'facilitatorsOff',
    'tooLong',
    'facilitatorOwnTeam',
  ]),
  count: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  minutes: z.number().optional(),
  /** For `facilitatorOwnTeam`: who facilitates their own listening team without an administrator's reason. */
  names: z.string().optional(),
});

export const planInput = z.strictObject({
  /** A shipped template's key or a school template's id. Only when creating. */
  templateId: z.string().min(1).max(60),
  title: z.string().trim().min(1).max(160),
  teamId: idSchema.nullable(),
  /** Local date and time, e.g. 2026-12-03T13:30. */
  scheduledAt: localDateTimeSchema,
  place: z.string().trim().max(160),
  facilitatorIds: z
    .array(idSchema)
    .max(5)
    .refine((ids) => new Set(ids).size === ids.length),
  contactPersonId: idSchema.nullable(),
  expectedVoices: z.number().int().min(0).max(200),
  expectedListeners: z.number().int().min(0).max(200),
  withTeamLeader: z.boolean(),
  /** An administrator's reason to assign a facilitator to their own team anyway (F2). */
  impartialityReason: z.string().trim().min(1).max(1000).optional(),
});
export const planUpdate = planInput.omit({ templateId: true }).partial().strict();

export const sessionSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  templateName: localText,
  teamName: z.string().nullable(),
  scheduledAt: z.string(),
  place: z.string(),
  status: z.enum(['planned', 'live', 'closed']),
  warningCount: z.number(),
});

export const sessionDetailSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  title: z.string(),
  status: z.enum(['planned', 'live', 'closed']),
  teamId: z.string().nullable(),
  scheduledAt: z.string(),
  place: z.string(),
  facilitatorIds: z.array(z.string()),
  contactPersonId: z.string().nullable(),
  expectedVoices: z.number(),
  expectedListeners: z.number(),
  withTeamLeader: z.boolean(),
  observerIds: z.array(z.string()),
  canObserve: z.boolean(),
  isFacilitator: z.boolean(),
  isObserver: z.boolean(),
  impartiality: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      reason: z.string(),
      byName: z.string().nullable(),
      at: z.string(),
    }),
  ),
  template: templateSchema,
  warnings: z.array(planWarningSchema),
  /** Only while live: the code participants type in, and the link for a separate projector device. */
  joinCode: z.string().nullable(),
  projectorToken: z.string().nullable(),
  /** What the signed-in person may do with it. */
  canManage: z.boolean(),
  canRun: z.boolean(),
});

export const staffMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  teamId: z.string().nullable(),
});

/** Coarse, optional attributes of one invited student (S2). Only their spread is ever shown. */
export const diversityEntry = z.strictObject({
  year: z.string().trim().max(20).nullable(),
  level: z.string().trim().max(40).nullable(),
  gender: z.string().trim().max(60).nullable(),
  involvement: z.array(z.enum(['studentCouncil', 'gsa', 'other'])).max(3),
});
/** A count, or "<5" when fewer than five are behind it. */
const shownCount = z.union([z.number(), z.literal('<5')]);
export const diversitySpreadSchema = z.object({
  students: z.number(),
  byYear: z.record(z.string(), shownCount),
  byLevel: z.record(z.string(), shownCount),
  byGender: z.record(z.string(), shownCount),
  byInvolvement: z.record(z.string(), shownCount),
});

export const liveCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('goToPhase'), index: z.number().int().min(0).max(50) }),
  z.strictObject({ type: z.literal('showQuestion'), index: z.number().int().min(-1).max(50) }),
  z.strictObject({ type: z.literal('startTimer') }),
  z.strictObject({ type: z.literal('pauseTimer') }),
  z.strictObject({ type: z.literal('extendTimer'), minutes: z.number().int().min(-60).max(60) }),
  z.strictObject({ type: z.literal('setRules'), rules: z.array(z.string().trim().min(1).max(300)).max(20) }),
  z.strictObject({ type: z.literal('drawGroups') }),
  z.strictObject({ type: z.literal('clearGroups') }),
  z.strictObject({
    type: z.literal('setVoting'),
    open: z.boolean(),
    perPerson: z.number().int().min(1).max(10),
  }),
  z.strictObject({
    type: z.literal('setUnnamedSeats'),
    voices: z.number().int().min(0).max(40),
    listeners: z.number().int().min(0).max(40),
  }),
]);

/** Every write from a device carries a key; the same key twice is applied once. */
export const idempotencyKey = z.string().min(8).max(80);

export const joinInput = z.strictObject({
  code: z.string().trim().min(4).max(12),
  side: z.enum(['voices', 'listeners']),
  /** A name the person chooses, or nothing for a generated pseudonym. */
  displayName: z.string().trim().max(40).optional(),
  idempotencyKey,
});

export const joinResultSchema = z.object({
  sessionId: z.string(),
  participantId: z.string(),
  displayName: z.string(),
  /** Keep this on the device: it lets the phone reconnect as the same participant. */
  token: z.string(),
});
