/** Shapes of the facilitators' API: speaking-time rounds as reports show them, observations, reflections. */
import { z } from 'zod';
import { localText } from '../../spiegel/domain/template.ts';
import { observationAnswers, reflectionAnswers } from '../domain/learning.ts';

const shownCount = z.union([z.number(), z.literal('<5')]);

export const shownSideSchema = z.object({
  percent: z.number().nullable(),
  seats: shownCount,
  seatsSpoke: shownCount,
});

export const roundShownSchema = z.object({
  phaseId: z.string(),
  title: localText,
  listenOnly: z.enum(['voices', 'listeners']).nullable(),
  voices: shownSideSchema,
  listeners: shownSideSchema,
  deviations: z.number(),
});

export const observationSchema = z.object({
  id: z.string(),
  answers: observationAnswers,
  sentAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const reflectionSchema = z.object({
  id: z.string(),
  answers: reflectionAnswers,
  updatedAt: z.string(),
});

const person = z.object({ userId: z.string(), name: z.string() });

export const myFacilitationSchema = z.object({
  sessions: z.array(
    z.object({
      id: z.string(),
      schoolId: z.string(),
      schoolName: z.string(),
      title: z.string(),
      scheduledAt: z.string(),
      status: z.enum(['planned', 'live', 'closed']),
      rounds: z.array(roundShownSchema),
      evaluation: z
        .object({
          answered: shownCount,
          howItWent: z.number().nullable(),
          facilitation: z.number().nullable(),
        })
        .nullable(),
      hasReflection: z.boolean(),
      observationCount: z.number(),
    }),
  ),
  received: z.array(
    z.object({
      id: z.string(),
      sessionId: z.string(),
      schoolId: z.string(),
      sessionTitle: z.string(),
      scheduledAt: z.string(),
      observerName: z.string(),
      answers: observationAnswers,
      sentAt: z.string(),
      sharedWith: z.array(person),
    }),
  ),
  sharedWithMe: z.array(
    z.object({
      id: z.string(),
      sessionTitle: z.string(),
      scheduledAt: z.string(),
      observerName: z.string(),
      answers: observationAnswers,
      sentAt: z.string(),
    }),
  ),
  written: z.array(
    z.object({
      id: z.string(),
      sessionId: z.string(),
      schoolId: z.string(),
      sessionTitle: z.string(),
      sentAt: z.string().nullable(),
    }),
  ),
  reflections: z.array(
    z.object({
      id: z.string(),
      sessionId: z.string(),
      schoolId: z.string(),
      sessionTitle: z.string(),
      scheduledAt: z.string(),
      answers: reflectionAnswers,
      updatedAt: z.string(),
    }),
  ),
});

export const emptyObservation = {
  balance: null,
  balanceNote: '',
  interrupting: '',
  openQuestions: '',
  language: '',
  wentWell: '',
  tip: '',
};
export const emptyReflection = { wentWell: '', hard: '', interrupting: '', impartiality: '', nextTime: '' };
