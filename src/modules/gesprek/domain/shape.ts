/**
 * The fixed parts of a teacher–student conversation's forms (PRODUCT G1–G4, seed 004), as plain constants: the
 * pages import these without the validation schemas (and so without zod in the browser's bundle).
 */

/** Two language levels for the student: upper primary (groep 6–8), and secondary and MBO. */
export const levels = ['primary', 'secondary'] as const;
export type Level = (typeof levels)[number];

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

/** The teacher's own questions for a conversation: at most this many, each one line. */
export const QUESTIONS_MAX = 30;

/** Who carries an agreement out. */
export const owners = ['student', 'teacher', 'together', 'parents', 'other'] as const;
export type Owner = (typeof owners)[number];

/** How an agreement went, looked back on in the follow-up. */
export const outcomes = ['achieved', 'partly', 'notAchieved'] as const;
export type Outcome = (typeof outcomes)[number];

/** The four levels of listening, from hearing what one expected (1) to learning from the student (4). */
export const listeningLevels = [1, 2, 3, 4] as const;
export type ListeningLevel = (typeof listeningLevels)[number];
