/** Tables of the reporting point: every free text in them is ciphertext (see ARCHITECTURE, How a report stays secret). */
import type { Flag } from './schema.ts';

export interface MeldpuntSettingsTable {
  school_id: string;
  /** The short code in the reporting page's address: /melden/<code>. */
  code: string;
  ack_days: number;
  feedback_months: number;
  retention_days: number;
  recovery_public_key: string | null;
  recovery_created_at: string | null;
  recovery_created_by: string | null;
}

export interface ConfidantIntroTable {
  school_id: string;
  user_id: string;
  intro: string;
}

export interface ConfidantKeyTable {
  user_id: string;
  public_key: string;
  /** The private key, locked under a key derived from the password with Argon2id. */
  locked_private_key: string;
  salt: string;
  created_at: string;
  /** Locked under a password shorter than a confidant's minimum: gets no new reports or grants until relocked. */
  weak: Flag;
}

export interface MeldpuntReportTable {
  id: string;
  school_id: string;
  /** The receipt code's first digits, to find the reports to try it on; empty for a signal (no code). */
  code_locator: string;
  public_key: string;
  /** The report's private key locked under a key derived from the receipt code (Argon2id). */
  key_by_code: string;
  code_salt: string;
  /** The case's keys (as in a grant) sealed to the school's recovery key, once there is one. */
  key_for_recovery: string | null;
  /** Whether `key_for_recovery` holds the case key too (1), or is from before it (0). */
  recovery_with_case_key: Flag;
  /**
   * The confidants-only case key's public half: notes, checklist notes and restorative texts are sealed to it. Its
   * private half is only in the grants and `key_for_recovery`, never under the receipt code. Null for a report from
   * before this key, until a confidant opens it (see commands/caseKeys.ts).
   */
  case_public_key: string | null;
  /** The student's own words and contact details, sealed to the report's public key. */
  content: string;
  category: string;
  location: string;
  period: string;
  /** JSON array. */
  involved: string;
  /** JSON array. */
  needs: string;
  minor: string;
  anonymous: Flag;
  legal_duty: Flag;
  confidant_id: string | null;
  assigned_to: string | null;
  status: 'new' | 'acknowledged' | 'inProgress' | 'referred' | 'closed';
  severity: string | null;
  created_at: string;
  acknowledged_at: string | null;
  closed_at: string | null;
  updated_at: string;
  kind: 'report' | 'signal';
  /** Who recorded a signal (staff); null for a student's report. */
  created_by: string | null;
  reminded_ack_at: string | null;
  reminded_feedback_at: string | null;
  outcome: string | null;
}

export interface MeldpuntStepTable {
  report_id: string;
  school_id: string;
  checklist: string;
  step: string;
  done_at: string | null;
  done_by: string | null;
  /** Sealed to the case key. */
  note: string;
}

export interface MeldpuntNoteTable {
  id: string;
  report_id: string;
  school_id: string;
  user_id: string | null;
  /** Sealed to the case key. */
  body: string;
  created_at: string;
}

export interface MeldpuntRestorativeTable {
  id: string;
  report_id: string;
  school_id: string;
  planned_at: string;
  /** Sealed to the case key. */
  participants: string;
  /** Sealed to the case key. */
  agreements: string;
  held_at: string | null;
  created_at: string;
}

export interface MeldpuntRegistrationTable {
  id: string;
  school_id: string;
  kind: string;
  category: string;
  location: string;
  /** YYYY-MM of the report. */
  month: string;
  outcome: string;
  legal_duty: Flag;
}

export interface MeldpuntReportKeyTable {
  report_id: string;
  school_id: string;
  user_id: string;
  /**
   * The case's private keys sealed to this confidant's public key: JSON `{ report, case }`, or (a grant from before
   * the case key) the report's private key alone.
   */
  sealed_key: string;
  /** The confidant's public key it was sealed to: a new key pair (after a password reset) needs a new grant. */
  public_key: string;
  /** Whether it holds the case key too (1); without it, on a case that has one, it opens nothing. */
  with_case_key: Flag;
}

export interface MeldpuntMessageTable {
  id: string;
  report_id: string;
  school_id: string;
  author: 'reporter' | 'confidant';
  user_id: string | null;
  /** Sealed to the report's public key. */
  body: string;
  created_at: string;
}

export interface MeldpuntAuditTable {
  id: string;
  school_id: string;
  report_id: string | null;
  user_id: string | null;
  action: string;
  detail: string | null;
  at: string;
}

/** The board's crisis log of a school (PRODUCT M5): no case content; which case started it only confidants see. */
export interface MeldpuntCrisisTable {
  id: string;
  school_id: string;
  report_id: string | null;
  /** Sealed with the server's secret box; empty when none was given. */
  title: string;
  started_by: string | null;
  started_at: string;
  closed_at: string | null;
  closed_by: string | null;
}

export interface MeldpuntCrisisStepTable {
  crisis_id: string;
  school_id: string;
  step: string;
  done_at: string | null;
  done_by: string | null;
  /** Sealed with the server's secret box; empty when none was written. */
  note: string;
}
