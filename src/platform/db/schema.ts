/**
 * The database's tables as Kysely sees them. Ids are random UUIDs as text, timestamps ISO-8601 UTC text,
 * booleans 0/1 integers: the same representation on SQLite and PostgreSQL, so one set of queries serves both.
 */
import type { Insertable, Selectable } from 'kysely';
import type {
  FacilitatorObservationShareTable,
  FacilitatorObservationTable,
  FacilitatorReflectionTable,
  IntervisionCaseTable,
  IntervisionMeetingTable,
  IntervisionMemberTable,
  MirrorObserverTable,
  MirrorSpeakingEventTable,
} from './schemaFacilitators.ts';
import type {
  ConversationAgreementTable,
  ConversationShareTable,
  ConversationTable,
  StudentTable,
} from './schemaGesprek.ts';
import type {
  ConfidantIntroTable,
  ConfidantKeyTable,
  MeldpuntAuditTable,
  MeldpuntCrisisStepTable,
  MeldpuntCrisisTable,
  MeldpuntMessageTable,
  MeldpuntNoteTable,
  MeldpuntRegistrationTable,
  MeldpuntReportKeyTable,
  MeldpuntReportTable,
  MeldpuntRestorativeTable,
  MeldpuntSettingsTable,
  MeldpuntStepTable,
} from './schemaMeldpunt.ts';

export type Flag = 0 | 1;

export type * from './schemaFacilitators.ts';
export type * from './schemaGesprek.ts';
export type * from './schemaMeldpunt.ts';

export interface OrganisationTable {
  id: string;
  name: string;
  created_at: string;
}

export interface SchoolTable {
  id: string;
  organisation_id: string;
  name: string;
  kind: 'po' | 'vo' | 'mbo';
  require_totp: Flag;
  created_at: string;
}

export interface TeamTable {
  id: string;
  school_id: string;
  name: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  organisation_id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: 'nl' | 'en';
  is_org_admin: Flag;
  /** Sealed with the server's secret key; never stored in the clear. */
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled: Flag;
  /** The last TOTP time step accepted, so a code cannot be replayed. */
  totp_last_step: number | null;
  created_at: string;
}

export interface MembershipTable {
  id: string;
  school_id: string;
  user_id: string;
  role: string;
  team_id: string | null;
  created_at: string;
}

export interface InvitationTable {
  id: string;
  school_id: string;
  email: string;
  role: string;
  team_id: string | null;
  token_hash: string;
  invited_by: string | null;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  state: 'active' | 'totp_pending';
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** A confidant's private key for this session, locked under a key from the session token (M3). */
  confidant_key: string | null;
  /** Signed in with a password too short for the confidant role: their key stays shut until they choose another. */
  weak_password: Flag;
}

export interface PasswordResetTable {
  token_hash: string;
  user_id: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface MirrorTemplateTable {
  id: string;
  school_id: string;
  based_on: string | null;
  /** The template as JSON, validated by the Spiegel domain's schema. */
  definition: string;
  created_at: string;
  updated_at: string;
}

export interface MirrorSessionTable {
  id: string;
  school_id: string;
  team_id: string | null;
  title: string;
  template_key: string;
  /** A copy of the template as it was when planned (JSON), so later edits do not change a session. */
  template: string;
  scheduled_at: string;
  place: string;
  contact_person_id: string | null;
  expected_voices: number;
  expected_listeners: number;
  with_team_leader: Flag;
  status: 'planned' | 'live' | 'closed';
  join_code: string | null;
  /** Sealed with the server's key: staff can show the projector link again; a database copy alone cannot. */
  projector_token: string | null;
  /** The live state as JSON; `live_seq` grows with every change. */
  live_state: string;
  live_seq: number;
  created_by: string | null;
  created_at: string;
  closed_at: string | null;
  /** Who takes the lead in carrying out the action plan. */
  lead_user_id: string | null;
  /** The read-only progress link's token: sealed (staff show it again) and hashed (to look it up). */
  progress_token: string | null;
  progress_token_hash: string | null;
  /** Set at close, when the participants are deleted: how many took part per side, as JSON. */
  final_counts: string | null;
  /** Set at close, when the speaking log is deleted: each round's distribution per side, as JSON (F1). */
  speaking_distribution: string | null;
}

export interface MirrorFacilitatorTable {
  session_id: string;
  school_id: string;
  user_id: string;
  /** Why an administrator assigned this facilitator although the listeners are their own team (F2). */
  override_reason: string | null;
  override_by: string | null;
  override_at: string | null;
}

export interface MirrorDiversityTable {
  id: string;
  session_id: string;
  school_id: string;
  year: string | null;
  level: string | null;
  gender: string | null;
  /** JSON array of involvement kinds. */
  involvement: string;
}

export interface MirrorParticipantTable {
  id: string;
  session_id: string;
  school_id: string;
  side: 'voices' | 'listeners';
  display_name: string;
  token_hash: string;
  joined_at: string;
}

export interface MirrorRecommendationTable {
  id: string;
  session_id: string;
  school_id: string;
  /** The writing group's index in the drawn groups; null when typed in for no particular group. */
  group_index: number | null;
  target: 'students' | 'teachers' | 'leadership' | 'policy' | 'communication';
  text: string;
  /** The round-5 cluster it was put in; null while unsorted. */
  cluster_id: string | null;
  created_at: string;
}

export interface MirrorClusterTable {
  id: string;
  session_id: string;
  school_id: string;
  title: string;
  created_at: string;
  /** Set at close, when the ballots are deleted: the votes this cluster got. */
  final_votes: number | null;
}

export interface MirrorActionTable {
  id: string;
  session_id: string;
  school_id: string;
  cluster_id: string | null;
  what: string;
  target: 'students' | 'teachers' | 'leadership' | 'policy' | 'communication';
  owner_user_id: string | null;
  owner_role: string | null;
  /** YYYY-MM-DD. */
  due_date: string | null;
  status: 'planned' | 'inProgress' | 'done' | 'dropped';
  position: number;
  created_at: string;
  updated_at: string;
}

export interface MirrorActionUpdateTable {
  id: string;
  action_id: string;
  school_id: string;
  status: MirrorActionTable['status'];
  note: string | null;
  user_id: string | null;
  created_at: string;
}

export interface MirrorEvaluationTable {
  id: string;
  session_id: string;
  school_id: string;
  /** JSON of the answers; deliberately without a time or a participant. */
  answers: string;
}

export interface MirrorEvaluationReceiptTable {
  session_id: string;
  school_id: string;
  participant_id: string;
}

export interface MirrorAftercareRequestTable {
  id: string;
  session_id: string;
  school_id: string;
  message: string | null;
  reach: string | null;
  /** The contact person it went to; null: the school's coordinators. */
  recipient_id: string | null;
  created_at: string;
  handled_at: string | null;
  handled_by: string | null;
}

export interface MirrorVoteTable {
  id: string;
  session_id: string;
  school_id: string;
  participant_id: string;
  cluster_id: string;
  created_at: string;
}

export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  school_id: string;
  /** The answer given the first time, as JSON. */
  result: string;
  created_at: string;
}

export interface Tables {
  organisations: OrganisationTable;
  schools: SchoolTable;
  teams: TeamTable;
  users: UserTable;
  memberships: MembershipTable;
  invitations: InvitationTable;
  sessions: SessionTable;
  password_resets: PasswordResetTable;
  settings: SettingTable;
  mirror_templates: MirrorTemplateTable;
  mirror_sessions: MirrorSessionTable;
  mirror_facilitators: MirrorFacilitatorTable;
  mirror_diversity: MirrorDiversityTable;
  mirror_participants: MirrorParticipantTable;
  idempotency_keys: IdempotencyKeyTable;
  mirror_recommendations: MirrorRecommendationTable;
  mirror_clusters: MirrorClusterTable;
  mirror_votes: MirrorVoteTable;
  mirror_actions: MirrorActionTable;
  mirror_action_updates: MirrorActionUpdateTable;
  mirror_evaluations: MirrorEvaluationTable;
  mirror_evaluation_receipts: MirrorEvaluationReceiptTable;
  mirror_aftercare_requests: MirrorAftercareRequestTable;
  mirror_observers: MirrorObserverTable;
  mirror_speaking_events: MirrorSpeakingEventTable;
  facilitator_observations: FacilitatorObservationTable;
  facilitator_observation_shares: FacilitatorObservationShareTable;
  facilitator_reflections: FacilitatorReflectionTable;
  intervision_meetings: IntervisionMeetingTable;
  intervision_members: IntervisionMemberTable;
  intervision_cases: IntervisionCaseTable;
  meldpunt_settings: MeldpuntSettingsTable;
  confidant_keys: ConfidantKeyTable;
  confidant_intros: ConfidantIntroTable;
  meldpunt_reports: MeldpuntReportTable;
  meldpunt_report_keys: MeldpuntReportKeyTable;
  meldpunt_messages: MeldpuntMessageTable;
  meldpunt_audit: MeldpuntAuditTable;
  meldpunt_steps: MeldpuntStepTable;
  meldpunt_notes: MeldpuntNoteTable;
  meldpunt_restorative: MeldpuntRestorativeTable;
  meldpunt_registrations: MeldpuntRegistrationTable;
  students: StudentTable;
  conversations: ConversationTable;
  conversation_agreements: ConversationAgreementTable;
  conversation_shares: ConversationShareTable;
  meldpunt_crises: MeldpuntCrisisTable;
  meldpunt_crisis_steps: MeldpuntCrisisStepTable;
}

/** Tables whose rows belong to one school: every query on them goes through `forSchool`. */
export type SchoolTableName = {
  [T in keyof Tables]: Tables[T] extends { school_id: string } ? T : never;
}[keyof Tables];

export type Organisation = Selectable<OrganisationTable>;
export type School = Selectable<SchoolTable>;
export type Team = Selectable<TeamTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Membership = Selectable<MembershipTable>;
export type Invitation = Selectable<InvitationTable>;
export type Session = Selectable<SessionTable>;
export type MirrorSession = Selectable<MirrorSessionTable>;
export type MirrorParticipant = Selectable<MirrorParticipantTable>;
