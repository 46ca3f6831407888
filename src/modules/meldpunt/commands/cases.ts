/** A case as confidants see it: the readable registration, and (once opened) the student's words. */
import type { AuthContext } from '../../../server/auth.ts';
import type { Services } from '../../../server/context.ts';
import { HttpError, notFound } from '../../../server/errors.ts';
import { sessionKeyPair } from '../../accounts/commands/confidantKeys.ts';
import { deadlines } from '../domain/handling.ts';
import type { CaseStatus, Category, Involved } from '../domain/report.ts';
import { confidantsOf, type ReportRow, reportsRepository } from '../repositories/reports.ts';
import { settingsOf } from '../repositories/settings.ts';
import { pairForConfidant } from './access.ts';
import { openReport } from './reports.ts';

type Person = { userId: string; name: string } | null;

export async function summarise(
  services: Services,
  schoolId: string,
  rows: ReportRow[],
  openable: Set<string>,
) {
  const names = new Map((await confidantsOf(services.db, schoolId)).map((c) => [c.userId, c.name] as const));
  const settings = await settingsOf(services.db, schoolId);
  const limits = { ackDays: settings.ack_days, feedbackMonths: settings.feedback_months };
  const now = services.clock.now();
  const person = (id: string | null): Person =>
    id && names.has(id) ? { userId: id, name: names.get(id)! } : null;
  return rows.map((r) => ({
    id: r.id,
    status: r.status as CaseStatus,
    category: r.category as Category,
    location: r.location as 'school',
    period: r.period as 'today',
    involved: JSON.parse(r.involved) as Involved[],
    needs: JSON.parse(r.needs) as 'advice'[],
    minor: r.minor as 'yes',
    anonymous: r.anonymous === 1,
    legalDuty: r.legal_duty === 1,
    wantedConfidant: person(r.confidant_id),
    assignedTo: person(r.assigned_to),
    severity: r.severity,
    createdAt: r.created_at,
    acknowledgedAt: r.acknowledged_at,
    closedAt: r.closed_at,
    updatedAt: r.updated_at,
    canOpen: openable.has(r.id),
    kind: r.kind,
    ...deadlines(
      { status: r.status, createdAt: r.created_at, acknowledgedAt: r.acknowledged_at },
      limits,
      now,
    ),
  }));
}

/** This session's unlocked key pair: a confidant who signed in without their password here has none (409). */
export function ownKeyPair(auth: AuthContext, sessionToken: string | undefined) {
  const pair = sessionKeyPair(auth.session?.confidant_key ?? null, sessionToken);
  if (!pair) throw new HttpError(409, 'errors.meldpuntLocked');
  return pair;
}

/** A case with its key pair through this confidant's grant (404, 409 without a key, 403 without a grant). */
export async function caseWithPair(
  services: Services,
  schoolId: string,
  reportId: string,
  auth: AuthContext,
  sessionToken: string | undefined,
) {
  const report = await reportsRepository(services.db, schoolId).find(reportId);
  if (!report) throw notFound();
  const pair = await pairForConfidant(services, report, auth.user!.id, ownKeyPair(auth, sessionToken));
  return { report, pair };
}

/** Opens one case for a confidant and writes that to the audit log. */
export async function openCase(
  services: Services,
  schoolId: string,
  reportId: string,
  auth: AuthContext,
  sessionToken: string | undefined,
) {
  const repo = reportsRepository(services.db, schoolId);
  const report = await repo.find(reportId);
  if (!report) throw notFound();
  const own = ownKeyPair(auth, sessionToken);
  const userId = auth.user!.id;
  const pair = await pairForConfidant(services, report, userId, own);
  const opened = await openReport(services, report, pair);
  await repo.audit(report.id, userId, 'opened', services.clock.now());
  const [summary] = await summarise(services, schoolId, [report], new Set([report.id]));
  return { ...summary!, ...opened };
}
