/**
 * The shapes of the reporting point's staff API as the pages use them (see routes/schemas.ts), and small helpers
 * the confidants' and administrators' pages share.
 */
import type { CrisisStep } from '../domain/crisis.ts';
import type { Checklist } from '../domain/handling.ts';
import type {
  CaseStatus,
  Category,
  Involved,
  Location,
  MinorAnswer,
  Need,
  Period,
} from '../domain/reportShape.ts';

export type Severity = 'low' | 'medium' | 'high';
export const severities: readonly Severity[] = ['low', 'medium', 'high'];

export interface PersonRef {
  userId: string;
  name: string;
}

export interface CaseSummary {
  id: string;
  status: CaseStatus;
  category: Category;
  location: Location;
  period: Period;
  involved: Involved[];
  needs: Need[];
  minor: MinorAnswer;
  anonymous: boolean;
  legalDuty: boolean;
  wantedConfidant: PersonRef | null;
  assignedTo: PersonRef | null;
  severity: Severity | null;
  createdAt: string;
  acknowledgedAt: string | null;
  closedAt: string | null;
  updatedAt: string;
  canOpen: boolean;
  /** A student's report, or a staff member's "niet-pluis" signal. */
  kind: 'report' | 'signal';
  ackDue: string | null;
  feedbackDue: string | null;
  overdue: boolean;
}

export interface CaseMessage {
  id: string;
  author: 'reporter' | 'confidant';
  authorName: string | null;
  body: string;
  at: string;
}

export interface CaseContent {
  story: string;
  when: string;
  who: string;
  contact: { name: string; email: string; phone: string } | null;
}

export interface CaseDetail extends CaseSummary {
  content: CaseContent;
  messages: CaseMessage[];
}

export interface CaseList {
  unlocked: boolean;
  cases: CaseSummary[];
  colleaguesWithoutAccess: { userId: string; name: string }[];
}

export interface MeldpuntSettings {
  code: string;
  url: string;
  qrSvg: string;
  ackDays: number;
  feedbackMonths: number;
  retentionDays: number;
  hasRecoveryKey: boolean;
  confidants: (PersonRef & { ready: boolean; weakPassword: boolean; intro: string })[];
}

export interface AuditEntry {
  id: string;
  reportId: string | null;
  action: string;
  detail: string | null;
  at: string;
  userName: string | null;
  userEmail: string | null;
}

export interface CaseStep {
  checklist: Checklist;
  step: string;
  doneAt: string | null;
  doneBy: string | null;
  note: string;
}

export interface CaseNote {
  id: string;
  body: string;
  authorName: string | null;
  at: string;
}

export interface RestorativeMeeting {
  id: string;
  plannedAt: string;
  participants: string;
  agreements: string;
  heldAt: string | null;
}

/** A crisis log of the board in the school's list. */
export interface CrisisSummary {
  id: string;
  title: string;
  startedAt: string;
  startedBy: string | null;
  closedAt: string | null;
  done: number;
  total: number;
}

/** One crisis log as the board sees it: every step of the approach. */
export interface CrisisLog {
  id: string;
  title: string;
  startedAt: string;
  startedBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  steps: { step: CrisisStep; doneAt: string | null; doneBy: string | null; note: string }[];
  next: CrisisStep | null;
}

/** `/api/schools/:schoolId/meldpunt`. */
export function meldpuntBase(schoolId: string): string {
  return `/api/schools/${encodeURIComponent(schoolId)}/meldpunt`;
}

/** `/api/schools/:schoolId/meldpunt/reports/:reportId`. */
export function caseBase(schoolId: string, reportId: string): string {
  return `${meldpuntBase(schoolId)}/reports/${encodeURIComponent(reportId)}`;
}

/** `/api/schools/:schoolId/meldpunt/crises`. */
export function crisesBase(schoolId: string): string {
  return `${meldpuntBase(schoolId)}/crises`;
}

/** The board's page of one crisis log. */
export function crisisPage(schoolId: string, crisisId: string): string {
  return `/meldpunt/${encodeURIComponent(schoolId)}/crisis/${encodeURIComponent(crisisId)}`;
}

/** The deadline that matters now: acknowledging while new, then feedback; none once closed. */
export function nextDue(c: CaseSummary): { kind: 'ack' | 'feedback'; at: string } | null {
  if (c.status === 'closed') return null;
  if (c.ackDue) return { kind: 'ack', at: c.ackDue };
  if (c.feedbackDue) return { kind: 'feedback', at: c.feedbackDue };
  return null;
}

/** Most urgent first: cases with a deadline by that deadline (overdue ones lead), then the rest newest first. */
export function byUrgency(a: CaseSummary, b: CaseSummary): number {
  const da = nextDue(a);
  const db = nextDue(b);
  if (da && db) return Date.parse(da.at) - Date.parse(db.at);
  if (da) return -1;
  if (db) return 1;
  return Date.parse(b.createdAt) - Date.parse(a.createdAt);
}

/** The server's SVG (the QR code) as a data URL for an <img>, so its markup never enters the page itself. */
export function svgDataUrl(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/**
 * Prints only `element` (the poster, the recovery key): a copy of it goes beside the app, and the print styles
 * show that copy instead of the app, so nothing else of the page (and no empty page) ends up on paper.
 */
export function printOnly(element: HTMLElement | null): void {
  if (!element) return;
  const copy = document.createElement('div');
  copy.className = 'print-copy';
  const content = element.cloneNode(true) as HTMLElement;
  content.removeAttribute('id');
  for (const withId of content.querySelectorAll('[id]')) withId.removeAttribute('id');
  copy.append(content);
  document.body.append(copy);
  document.body.classList.add('print-one');
  window.addEventListener(
    'afterprint',
    () => {
      copy.remove();
      document.body.classList.remove('print-one');
    },
    { once: true },
  );
  window.print();
}
