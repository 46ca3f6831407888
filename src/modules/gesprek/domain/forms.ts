/**
 * The two forms of a teacher–student conversation the Handelingsgericht werken way (PRODUCT G1, G2, seed 004):
 * the student's preparation, filled in at home in keywords, and the conversation form that teacher and student
 * fill in together. Pure: the schemas, what belongs together on screen, and when a form says anything at all.
 */
import { z } from 'zod';
import { typed } from '../../../platform/text/typed.ts';

/** Two language levels for the student: upper primary (groep 6–8), and secondary and MBO. */
export const levels = ['primary', 'secondary'] as const;
export type Level = (typeof levels)[number];

/** The level a school's students get unless the teacher chooses otherwise. */
export function defaultLevel(schoolKind: 'po' | 'vo' | 'mbo'): Level {
  return schoolKind === 'po' ? 'primary' : 'secondary';
}

const KEYWORDS_MAX = 2000;
const keywords = typed(KEYWORDS_MAX);
const answer = z.enum(['', 'yes', 'partly', 'no']);
export type Answer = z.infer<typeof answer>;

/** Whether the student wants to talk now: yes, yes but at another moment, or not now. */
export const wantToTalkChoices = ['yes', 'otherTime', 'notNow'] as const;

/** The preparation's questions in the order the student meets them. */
export const preparationTexts = [
  'when',
  'teacherShould',
  'teacherShouldNot',
  'theme',
  'difficult',
  'goesWell',
  'goodAt',
  'goal',
  'help',
] as const;
export type PreparationText = (typeof preparationTexts)[number];

export const preparationAnswers = z.strictObject({
  wantToTalk: z.enum(['', ...wantToTalkChoices]),
  ...(Object.fromEntries(preparationTexts.map((name) => [name, keywords])) as Record<
    PreparationText,
    typeof keywords
  >),
});
export type PreparationAnswers = z.infer<typeof preparationAnswers>;

export const emptyPreparation: PreparationAnswers = {
  wantToTalk: '',
  ...(Object.fromEntries(preparationTexts.map((name) => [name, ''])) as Record<PreparationText, string>),
};

/** The conversation form's free texts. */
export const formTexts = [
  'theme',
  'difficult',
  'roleStudent',
  'roleClassmates',
  'roleTeacher',
  'roleParents',
  'goesWell',
  'positives',
  'goal',
  'needsWho',
  'needsOwn',
  'needsTeacher',
  'evaluationWhy',
] as const;
export type FormText = (typeof formTexts)[number];

export const conversationForm = z.strictObject({
  ...(Object.fromEntries(formTexts.map((name) => [name, keywords])) as Record<FormText, typeof keywords>),
  /** Were the conversation's aims reached? */
  aimsReached: answer,
  /** Was it a pleasant conversation? */
  pleasant: answer,
});
export type ConversationForm = z.infer<typeof conversationForm>;

export const emptyForm: ConversationForm = {
  ...(Object.fromEntries(formTexts.map((name) => [name, ''])) as Record<FormText, string>),
  aimsReached: '',
  pleasant: '',
};

/**
 * The form's sections in the order of the conversation, each with the preparation answers that belong next to
 * it on the shared screen (what the student wrote at home about the same thing).
 */
export const formSections = [
  { key: 'theme', texts: ['theme'], preparation: ['theme'] },
  {
    key: 'difficult',
    texts: ['difficult', 'roleStudent', 'roleClassmates', 'roleTeacher', 'roleParents'],
    preparation: ['difficult'],
  },
  { key: 'goesWell', texts: ['goesWell'], preparation: ['goesWell'] },
  { key: 'positives', texts: ['positives'], preparation: ['goodAt'] },
  { key: 'goal', texts: ['goal'], preparation: ['goal'] },
  { key: 'needs', texts: ['needsWho', 'needsOwn', 'needsTeacher'], preparation: ['help'] },
] as const satisfies readonly {
  key: string;
  texts: readonly FormText[];
  preparation: readonly PreparationText[];
}[];

/** Whether a student felt listened to (PRODUCT G3): the student's own answer. */
export const heardAnswers = ['yes', 'partly', 'no'] as const;
export type Heard = (typeof heardAnswers)[number];

/** Whether a preparation or form says anything yet. */
export function hasAnswers(answers: PreparationAnswers | ConversationForm): boolean {
  return Object.values(answers).some((value) => value !== '');
}

/** The teacher's own questions for a conversation: at most this many, each one line. */
export const QUESTIONS_MAX = 30;
export const teacherQuestions = z.array(typed(300, 1)).max(QUESTIONS_MAX);

/** The aim the teacher states when inviting the student (it opens the student's preparation). */
export const aimText = typed(500, 1);
