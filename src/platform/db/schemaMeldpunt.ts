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
  /** The report's private key sealed to the school's recovery key, once there is one. */
  key_for_recovery: string | null;
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
  /** Sealed to the report's public key. */
  note: string;
}

export interface MeldpuntNoteTable {
  id: string;
  report_id: string;
  school_id: string;
  user_id: string | null;
  /** Sealed to the report's public key. */
  body: string;
  created_at: string;
}

export interface MeldpuntRestorativeTable {
  id: string;
  report_id: string;
  school_id: string;
  planned_at: string;
  /** Sealed. */
  participants: string;
  /** Sealed. */
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
  /** The report's private key sealed to this confidant's public key. */
  sealed_key: string;
  /** The confidant's public key it was sealed to: a new key pair (after a password reset) needs a new grant. */
  public_key: string;
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
