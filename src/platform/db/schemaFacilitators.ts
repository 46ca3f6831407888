/** Tables of the facilitators module (speaking time, observers, observations, reflections, intervision). */
import type { Flag } from './schema.ts';

export interface MirrorObserverTable {
  session_id: string;
  school_id: string;
  user_id: string;
}

export interface MirrorSpeakingEventTable {
  id: string;
  session_id: string;
  school_id: string;
  phase_index: number;
  /** The order the server received taps in: two taps in the same millisecond keep it. */
  position: number;
  type: 'speak' | 'silence' | 'pause' | 'resume';
  seat: string | null;
  /** A tap on a listener's seat in a listen-only round, confirmed as a departure from the method. */
  deviation: Flag;
  at: string;
}

export interface FacilitatorObservationTable {
  id: string;
  session_id: string;
  school_id: string;
  observer_id: string;
  /** JSON of the observation form. */
  answers: string;
  /** Null while a draft: the session's facilitators receive it once it is sent. */
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface FacilitatorObservationShareTable {
  observation_id: string;
  school_id: string;
  user_id: string;
  shared_by: string | null;
  created_at: string;
}

export interface FacilitatorReflectionTable {
  id: string;
  session_id: string;
  school_id: string;
  user_id: string;
  /** JSON of the reflection's answers. */
  answers: string;
  created_at: string;
  updated_at: string;
}

export interface IntervisionMeetingTable {
  id: string;
  school_id: string;
  title: string;
  /** Local date and time, YYYY-MM-DDTHH:mm. */
  planned_at: string;
  place: string;
  learned: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface IntervisionMemberTable {
  meeting_id: string;
  school_id: string;
  user_id: string;
}

export interface IntervisionCaseTable {
  id: string;
  meeting_id: string;
  school_id: string;
  reflection_id: string;
  brought_by: string;
  question: string;
  created_at: string;
}
