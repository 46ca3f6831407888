/** Tables of the gesprek module (teacher–student conversations) and the school's student roster. */
import type { Flag } from './schema.ts';

export interface StudentTable {
  id: string;
  school_id: string;
  /** Name or initials, as the school records them. */
  name: string;
  /** Class or group, e.g. "2B" or "groep 7"; may be empty. */
  class_name: string;
  source: 'manual' | 'import';
  /** The student's number in the information system, from an import. */
  external_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConversationTable {
  id: string;
  school_id: string;
  student_id: string;
  /** The teacher who holds the conversation: the only one who can change it. */
  teacher_id: string;
  /** The conversation this one follows up. */
  previous_id: string | null;
  /** Sealed: the aim the teacher states when inviting the student. */
  aim: string;
  /** Local date and time, YYYY-MM-DDTHH:mm. */
  planned_at: string;
  level: 'primary' | 'secondary';
  /** Sealed, so the teacher can copy the link again; only the hash is looked up. Null once revoked. */
  link_token: string | null;
  link_token_hash: string | null;
  link_expires_at: string | null;
  /** Sealed JSON of the student's preparation. */
  preparation: string | null;
  preparation_saved_at: string | null;
  /** When the student said they were done (they can still change it until the conversation). */
  preparation_done_at: string | null;
  /** Sealed JSON of the conversation form. */
  form: string | null;
  /** Sealed JSON: the teacher's own questions. */
  questions: string | null;
  held_at: string | null;
  /** The student's link shows the agreed form and the agreements. */
  shared_with_student: Flag;
  student_heard: 'yes' | 'partly' | 'no' | null;
  /** Sealed. */
  student_heard_note: string | null;
  /** The teacher's own placement on the four levels of listening; nobody else sees it. */
  listening_level: number | null;
  /** Sealed. */
  listening_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConversationAgreementTable {
  id: string;
  school_id: string;
  conversation_id: string;
  position: number;
  /** Sealed. */
  what: string;
  owner: 'student' | 'teacher' | 'together' | 'parents' | 'other';
  /** Sealed; only for "other". */
  owner_other: string | null;
  /** Sealed. */
  how: string | null;
  /** YYYY-MM-DD. */
  evaluate_on: string;
  reminded_at: string | null;
  outcome: 'achieved' | 'partly' | 'notAchieved' | null;
  /** Sealed. */
  evaluation_note: string | null;
  evaluated_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConversationShareTable {
  conversation_id: string;
  school_id: string;
  user_id: string;
  shared_by: string | null;
  created_at: string;
}
