/**
 * The shapes the facilitators API answers with (impartiality, observers, observation, reflection, own sessions,
 * intervision), as the web app uses them, and the paths of its pages.
 */
import type { z } from 'zod';
import type { ShownCount } from '../../../platform/privacy/smallNumbers.ts';
import type { ObservationAnswers, ReflectionAnswers } from '../domain/learning.ts';
import type {
  myFacilitationSchema,
  observationSchema,
  reflectionSchema,
  roundShownSchema,
} from '../routes/schemas.ts';

export type { ObservationAnswers, ReflectionAnswers, ShownCount };

export type Observation = z.infer<typeof observationSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
export type RoundShown = z.infer<typeof roundShownSchema>;
export type MyFacilitation = z.infer<typeof myFacilitationSchema>;
export type FacilitatedSessionSummary = MyFacilitation['sessions'][number];
export type ReceivedObservation = MyFacilitation['received'][number];

/** A person with the facilitator role, with the teams that make them internal. */
export interface SchoolFacilitator {
  userId: string;
  name: string;
  homeTeams: { id: string; name: string }[];
  external: boolean;
}

export interface SharedPerson {
  userId: string;
  name: string;
}

export interface IntervisionSummary {
  id: string;
  title: string;
  plannedAt: string;
  place: string;
  members: SharedPerson[];
  caseCount: number;
}

export interface IntervisionCase {
  id: string;
  question: string;
  broughtBy: SharedPerson;
  sessionTitle: string;
  scheduledAt: string;
  answers: ReflectionAnswers;
  mine: boolean;
}

export interface IntervisionMeeting {
  id: string;
  title: string;
  plannedAt: string;
  place: string;
  learned: string;
  members: SharedPerson[];
  cases: IntervisionCase[];
}

/** The REST base of a school's intervision meetings. */
export function intervisionBase(schoolId: string): string {
  return `/api/schools/${encodeURIComponent(schoolId)}/intervision`;
}

/** The web page of a school's intervision, or of one meeting. */
export function intervisionPath(schoolId: string, meetingId?: string): string {
  const base = `/begeleiden/${encodeURIComponent(schoolId)}/intervisie`;
  return meetingId ? `${base}/${encodeURIComponent(meetingId)}` : base;
}
