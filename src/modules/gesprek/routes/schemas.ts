/** Request and response schemas of teacher–student conversations. The web app uses these shapes. */
import { z } from 'zod';
import { localDateTimeSchema } from '../../../platform/text/dateSchemas.ts';
import { typed } from '../../../platform/text/typed.ts';
import { idSchema } from '../../accounts/routes/schemas.ts';
import { outcomes, owners } from '../domain/agreements.ts';
import {
  aimText,
  conversationForm,
  emptyForm,
  emptyPreparation,
  heardAnswers,
  levels,
  preparationAnswers,
  teacherQuestions,
} from '../domain/forms.ts';
import { CLASS_MAX, NAME_MAX } from '../domain/roster.ts';

export const schoolParams = z.object({ schoolId: idSchema });
export const conversationParams = z.object({ schoolId: idSchema, conversationId: idSchema });
export const agreementParams = conversationParams.extend({ agreementId: idSchema });
export const studentParams = z.object({ schoolId: idSchema, studentId: idSchema });

export const newStudent = z.strictObject({ name: typed(NAME_MAX, 1), className: typed(CLASS_MAX) });

export const studentSchema = z.object({
  id: z.string(),
  name: z.string(),
  className: z.string(),
  source: z.enum(['manual', 'import']),
});

export const startInput = z.strictObject({
  /** A student of the roster, a student added now by hand, or the student of the conversation this follows up. */
  student: z.union([z.strictObject({ id: idSchema }), newStudent, z.strictObject({ followUpOf: idSchema })]),
  aim: aimText,
  plannedAt: localDateTimeSchema,
  level: z.enum(levels),
});
export const startExample = {
  student: { name: 'S. de Vries', className: '2B' },
  aim: 'Samen kijken hoe je je beter kunt concentreren in de les.',
  plannedAt: '2026-12-10T10:30',
  level: 'secondary',
};

export const basicsInput = z.strictObject({
  aim: aimText,
  plannedAt: localDateTimeSchema,
  level: z.enum(levels),
});

const heard = z.object({ answer: z.enum(heardAnswers).nullable(), note: z.string() });

export const formInput = z.strictObject({
  form: conversationForm,
  /**
   * The student's own answer, given on the shared screen at the end. Left out, the answer stays as it is (the
   * student may have given it on their link meanwhile).
   */
  studentHeard: z.strictObject({ answer: z.enum(heardAnswers).nullable(), note: typed(1000) }).optional(),
});
export const formExample = { form: emptyForm, studentHeard: { answer: null, note: '' } };

export const questionsInput = z.strictObject({ questions: teacherQuestions });

export const agreementSchema = z.object({
  id: z.string(),
  what: z.string(),
  owner: z.enum(owners),
  ownerOther: z.string(),
  how: z.string(),
  evaluateOn: z.string(),
  due: z.boolean(),
  outcome: z.enum(outcomes).nullable(),
  evaluationNote: z.string(),
  evaluatedAt: z.string().nullable(),
});
export const agreementExample = {
  what: 'Elke maandag de weekplanning samen doornemen',
  owner: 'together',
  ownerOther: '',
  how: 'In de mentorles, tien minuten',
  evaluateOn: '2027-01-20',
};

export const linkSchema = z.object({
  state: z.enum(['active', 'expired', 'none']),
  url: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

const person = z.object({ userId: z.string(), name: z.string() });

export const conversationViewSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  /** "holder": the teacher who holds it; "shared": a colleague who may read it. */
  access: z.enum(['holder', 'shared']),
  student: z.object({ id: z.string(), name: z.string(), className: z.string() }),
  teacher: z.object({ id: z.string(), name: z.string() }),
  aim: z.string(),
  plannedAt: z.string(),
  level: z.enum(levels),
  createdAt: z.string(),
  heldAt: z.string().nullable(),
  sharedWithStudent: z.boolean(),
  preparation: z.object({
    answers: preparationAnswers.nullable(),
    savedAt: z.string().nullable(),
    doneAt: z.string().nullable(),
  }),
  form: conversationForm,
  studentHeard: heard,
  questions: z.array(z.object({ text: z.string(), suggestion: z.string().nullable() })),
  agreements: z.array(agreementSchema),
  previous: z
    .object({ id: z.string(), plannedAt: z.string(), aim: z.string(), agreements: z.array(agreementSchema) })
    .nullable(),
  followUps: z.array(z.object({ id: z.string(), plannedAt: z.string() })),
  /** Only for the holder. */
  link: linkSchema.nullable(),
  sharedWith: z.array(person).nullable(),
  listening: z.object({ level: z.number().nullable(), note: z.string() }).nullable(),
});

export const summarySchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  studentName: z.string(),
  className: z.string(),
  teacherName: z.string(),
  aim: z.string(),
  plannedAt: z.string(),
  heldAt: z.string().nullable(),
  preparation: z.enum(['none', 'saved', 'done']),
  link: z.enum(['active', 'expired', 'none']),
});

export const myConversationsSchema = z.object({
  /** Schools where the caller may start a conversation (they are a teacher there). */
  schools: z.array(z.object({ id: z.string(), name: z.string(), level: z.enum(levels) })),
  held: z.array(summarySchema),
  shared: z.array(summarySchema),
  agreements: z.array(
    z.object({
      id: z.string(),
      conversationId: z.string(),
      schoolId: z.string(),
      studentName: z.string(),
      className: z.string(),
      what: z.string(),
      evaluateOn: z.string(),
      due: z.boolean(),
    }),
  ),
});

export const listeningOverviewSchema = z.object({
  conversations: z.number(),
  levels: z.record(z.string(), z.number()),
  heard: z.record(z.string(), z.number()),
  months: z.array(
    z.object({
      month: z.string(),
      conversations: z.number(),
      averageLevel: z.number().nullable(),
      heardShare: z.number().nullable(),
    }),
  ),
  recent: z.array(
    z.object({
      id: z.string(),
      schoolId: z.string(),
      studentName: z.string(),
      heldAt: z.string(),
      level: z.number().nullable(),
      heard: z.enum(heardAnswers).nullable(),
    }),
  ),
});

export const tokenInput = z.strictObject({ token: z.string().min(20).max(100) });
export const tokenExample = { token: 'voorbeeld-token-uit-de-link-na-het-hekje' };

export const preparationSaveInput = z.strictObject({
  token: z.string().min(20).max(100),
  answers: preparationAnswers,
  /** The student says they are done (they can still change it until the conversation). */
  done: z.boolean(),
});
export const preparationSaveExample = { token: tokenExample.token, answers: emptyPreparation, done: false };

export const heardInput = z.strictObject({
  token: z.string().min(20).max(100),
  answer: z.enum(heardAnswers),
  note: typed(1000),
});

export const studentViewSchema = z.object({
  studentName: z.string(),
  teacherName: z.string(),
  schoolName: z.string(),
  aim: z.string(),
  plannedAt: z.string(),
  level: z.enum(levels),
  held: z.boolean(),
  answers: preparationAnswers,
  savedAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  expiresAt: z.string(),
  /** What was agreed, once the teacher shares it. */
  agreed: z
    .object({
      form: conversationForm,
      agreements: z.array(
        z.object({
          what: z.string(),
          owner: z.enum(owners),
          ownerOther: z.string(),
          how: z.string(),
          evaluateOn: z.string(),
        }),
      ),
    })
    .nullable(),
  heard: heard,
});
