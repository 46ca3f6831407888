/**
 * A mirror-conversation template is data, not code (PRODUCT S4): its phases with seating, who speaks and who
 * listens, durations, questions with deepening questions, and default conversation rules. Kring ships two;
 * a school copies one and edits everything.
 *
 * The two sides of the mirror: `voices`, whose experience is heard (students, or participants), and
 * `listeners`, for whom the feedback is meant (teachers, or staff).
 */
import { z } from 'zod';
import { seatings, sides } from './templateShape.ts';

/** Text in Dutch, optionally in English too; shown in the reader's language, Dutch when there is no English. */
export const localText = z.object({
  nl: z.string().trim().min(1).max(2000),
  en: z.string().trim().max(2000).optional(),
});
export type LocalText = z.infer<typeof localText>;

export type Side = (typeof sides)[number];

export type Seating = (typeof seatings)[number];

export const questionSchema = z.object({
  id: z.string().min(1).max(40),
  text: localText,
  deeper: z.array(localText).max(20),
});
export type Question = z.infer<typeof questionSchema>;

export const phaseSchema = z.object({
  id: z.string().min(1).max(40),
  kind: z.enum(['opening', 'round', 'closing']),
  title: localText,
  minutes: z.number().int().min(1).max(180),
  seating: z.enum(seatings),
  /** Who talks in this phase; `everyone` for the opening, the groups and the plenary. */
  speakers: z.enum(['voices', 'listeners', 'everyone']),
  /** Who only listens; `nobody` when everyone may speak. */
  listeners: z.enum(['voices', 'listeners', 'nobody']),
  /** In the inner circle for `innerOuter` seating; the side that answers for `faceToFace`. */
  inner: z.enum(sides).optional(),
  /** What participants see on their phones: what happens now and what is asked of them. */
  instructions: localText,
  /** What listeners may and may not do (e.g. clarifying questions only, never personal ones). */
  listenerNote: localText.optional(),
  /** For the facilitator only. */
  facilitatorNotes: localText.optional(),
  questions: z.array(questionSchema).max(30),
});
export type Phase = z.infer<typeof phaseSchema>;

export const sideRulesSchema = z.object({
  /** What a person on this side is called: "leerling", "docent", "deelnemer", "toehoorder". */
  label: localText,
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(0).max(100),
});

export const templateSchema = z
  .object({
    name: localText,
    description: localText,
    voices: sideRulesSchema,
    listeners: sideRulesSchema,
    facilitators: z.object({ min: z.number().int().min(1).max(5), max: z.number().int().min(1).max(5) }),
    maxTotalMinutes: z.number().int().min(15).max(600),
    rules: z.array(localText).max(20),
    /** Who is briefed beforehand: the themes and main questions (S3). */
    briefing: localText,
    phases: z.array(phaseSchema).min(1).max(20),
    /** When the speaking-time console speaks up (F1); unset fields take Kring's defaults. */
    speakingPrompts: z
      .object({
        /** One turn longer than this many minutes: suggest a respectful interruption. Default 3. */
        longTurnMinutes: z.number().int().min(1).max(30).optional(),
        /** A seat with more than this many equal shares takes the floor from others. Default 2. */
        shareFactor: z.number().min(1.5).max(5).optional(),
        /** This many minutes before a round ends, suggest inviting seats that have not spoken. Default 5. */
        endingSoonMinutes: z.number().int().min(1).max(30).optional(),
      })
      .optional(),
  })
  .refine((t) => new Set(t.phases.map((p) => p.id)).size === t.phases.length, {
    message: 'phase ids must be unique',
    path: ['phases'],
  });
export type MirrorTemplate = z.infer<typeof templateSchema>;

export { seatings, sides, textIn, totalMinutes } from './templateShape.ts';
