/** The shapes the Kring API answers with, as the web app uses them. */
import type { Role } from '../modules/accounts/domain/roles.ts';
import type { Locale } from '../platform/i18n/index.ts';

export type { Role };

export type SessionState = 'anonymous' | 'active' | 'totp_pending' | 'totp_setup_required';

export interface Membership {
  id: string;
  schoolId: string;
  schoolName: string;
  role: Role;
  teamId: string | null;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  isOrgAdmin: boolean;
  totpEnabled: boolean;
  totpRequired: boolean;
  /** The shortest password this person may choose (longer for a confidant). */
  passwordMin: number;
  /** Signed in with a password too short for the confidant role: reports stay shut until they choose another. */
  passwordTooShort: boolean;
  organisation: { id: string; name: string };
  memberships: Membership[];
}

export interface Session {
  state: SessionState;
  setupRequired: boolean;
  user: SessionUser | null;
}

export type SchoolKind = 'po' | 'vo' | 'mbo';
export const schoolKinds: readonly SchoolKind[] = ['po', 'vo', 'mbo'];

export interface School {
  id: string;
  name: string;
  kind: SchoolKind;
  requireTotp: boolean;
}

export interface Organisation {
  id: string;
  name: string;
  schools: School[];
}

export interface Team {
  id: string;
  name: string;
  memberCount: number;
}

export interface Person {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  teamId: string | null;
  totpEnabled: boolean;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  teamId: string | null;
  expiresAt: string;
  createdAt: string;
}

export interface InvitationPreview {
  email: string;
  schoolName: string;
  organisationName: string;
  role: Role;
  existingAccount: boolean;
}

export interface TotpSetup {
  secret: string;
  uri: string;
  qrSvg: string;
}
