/**
 * The two forms of a teacher–student conversation the Handelingsgericht werken way (PRODUCT G1, G2, seed 004):
 * the student's preparation, filled in at home in keywords, and the conversation form that teacher and student
 * fill in together. Pure: the schemas, what belongs together on screen, and when a form says anything at all.
 */
import { z } from 'zod';
import { typed } from '../../../platform/text/typed.ts';
import {
  type FormText,
  formTexts,
  type Level,
  type PreparationText,
  preparationTexts,
  QUESTIONS_MAX,
  wantToTalkChoices,
} from './shape.ts';

export {
  type FormText,
  formSections,
  formTexts,
  type Heard,
  heardAnswers,
  type Level,
  levels,
  type PreparationText,
  preparationTexts,
  QUESTIONS_MAX,
  wantToTalkChoices,
} from './shape.ts';

/** The level a school's students get unless the teacher chooses otherwise. */
export function defaultLevel(schoolKind: 'po' | 'vo' | 'mbo'): Level {
  return schoolKind === 'po' ? 'primary' : 'secondary';
}

const KEYWORDS_MAX = 2000;
const keywords = typed(KEYWORDS_MAX);
const answer = z.enum(['', 'yes', 'partly', 'no']);
export type Answer = z.infer<typeof answer>;

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

/** Whether a preparation or form says anything yet. */
export function hasAnswers(answers: PreparationAnswers | ConversationForm): boolean {
  return Object.values(answers).some((value) => value !== '');
}

export const teacherQuestions = z.array(typed(300, 1)).max(QUESTIONS_MAX);

/** The aim the teacher states when inviting the student (it opens the student's preparation). */
export const aimText = typed(500, 1);
