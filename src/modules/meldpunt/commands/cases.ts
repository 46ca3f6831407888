/** A case as confidants see it: the readable registration, and (once opened) the student's words. */
import type { AuthContext } from '../../../server/auth.ts';
import type { Services } from '../../../server/context.ts';
import { HttpError, notFound } from '../../../server/errors.ts';
import { sessionKeyPair } from '../../accounts/commands/confidantKeys.ts';
import { CONFIDANT_PASSWORD_MIN } from '../../accounts/domain/passwords.ts';
import { deadlines } from '../domain/handling.ts';
import type { CaseStatus, Category, Involved } from '../domain/report.ts';
import { confidantsOf, type ReportRow, reportsRepository } from '../repositories/reports.ts';
import { settingsOf } from '../repositories/settings.ts';
import { keysForConfidant } from './access.ts';
import { type CaseKeys, upgradeCaseKey } from './caseKeys.ts';
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

/**
 * This session's unlocked key pair (409 without): a confidant who signed in without their password here has none,
 * nor one whose password is too short for the role.
 */
export function ownKeyPair(auth: AuthContext, sessionToken: string | undefined) {
  const pair = sessionKeyPair(auth.session?.confidant_key ?? null, sessionToken);
  if (pair) return pair;
  if (auth.session?.weak_password === 1)
    throw new HttpError(409, 'errors.meldpuntWeakPassword', { min: CONFIDANT_PASSWORD_MIN });
  throw new HttpError(409, 'errors.meldpuntLocked');
}

/** A case a confidant has opened, with both its keys. */
export interface OpenedCase {
  report: ReportRow;
  keys: CaseKeys;
}

/**
 * A case with both its keys through this confidant's grant (404; 409 without an unlocked key; 403 without a
 * grant). A case from before the case key gets one first.
 */
export async function caseWithKeys(
  services: Services,
  schoolId: string,
  reportId: string,
  auth: AuthContext,
  sessionToken: string | undefined,
): Promise<OpenedCase> {
  const repo = reportsRepository(services.db, schoolId);
  const found = await repo.find(reportId);
  if (!found) throw notFound();
  const own = ownKeyPair(auth, sessionToken);
  let report = found;
  let keys = await keysForConfidant(services, report, auth.user!.id, own);
  if (!keys.case && report.case_public_key === null) {
    await upgradeCaseKey(services, report, keys.report);
    report = (await repo.find(reportId)) ?? report;
    keys = await keysForConfidant(services, report, auth.user!.id, own);
  }
  // A grant from before the case key on a case that has one since: a colleague can give full access again.
  if (!keys.case) throw new HttpError(403, 'errors.meldpuntNoAccess');
  return { report, keys: { report: keys.report, case: keys.case } };
}

/** Opens one case for a confidant and writes that to the audit log. */
export async function openCase(
  services: Services,
  schoolId: string,
  reportId: string,
  auth: AuthContext,
  sessionToken: string | undefined,
) {
  const { report, keys } = await caseWithKeys(services, schoolId, reportId, auth, sessionToken);
  const opened = await openReport(services, report, keys.report);
  await reportsRepository(services.db, schoolId).audit(
    report.id,
    auth.user!.id,
    'opened',
    services.clock.now(),
  );
  const [summary] = await summarise(services, schoolId, [report], new Set([report.id]));
  return { ...summary!, ...opened };
}
