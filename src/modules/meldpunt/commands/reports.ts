/**
 * Filing a report and coming back to it with the receipt code (PRODUCT M1, M2, M3). The report gets its own key
 * pair: everything the student wrote is sealed to its public key; its private key is locked under the receipt
 * code and sealed to each confidant of the school (and to the school's recovery key), together with the
 * confidants-only case key (caseKeys.ts). Nobody else, and no copy of the database, can read it.
 */
import { randomUUID } from 'node:crypto';
import {
  type KeyPair,
  keyFromSecret,
  lock,
  newSalt,
  openSealed,
  randomDigits,
  sealTo,
  unlock,
} from '../../../platform/crypto/sodium.ts';
import type { Services } from '../../../server/context.ts';
import { badRequest, conflict, HttpError } from '../../../server/errors.ts';
import { RECEIPT_DIGITS } from '../domain/receipt.ts';
import { legalDutyApplies, type ReportContent, type ReportInput } from '../domain/report.ts';
import {
  confidantsOf,
  type ReportRow,
  receivesReports,
  reportsByLocator,
  reportsRepository,
} from '../repositories/reports.ts';
import type { MeldpuntSettings } from '../repositories/settings.ts';
import { grantText, newCaseKeys } from './caseKeys.ts';
import { recordFailure, waitBeforeTry } from './throttle.ts';

/** How many leading digits of the receipt code find its report; the rest only Argon2id can test. */
const LOCATOR_DIGITS = 4;
const locatorOf = (code: string) => code.slice(0, LOCATOR_DIGITS);

/** Files a report; answers with the receipt code, which Kring does not keep. */
export async function fileReport(
  services: Services,
  settings: MeldpuntSettings,
  input: ReportInput,
): Promise<{ receiptCode: string; reportId: string }> {
  const confidants = await confidantsOf(services.db, settings.school_id);
  // Not to a key under a password too short for the role: an offline guess could open it.
  const reachable = confidants.filter(receivesReports);
  // Without a confidant who can read it, a report would wait unread: the page says the point is not open.
  if (reachable.length === 0) throw conflict('errors.meldpuntNotOpen');
  if (input.confidantId && !confidants.some((c) => c.userId === input.confidantId))
    throw badRequest('errors.validation', { confidantId: 'validation.choice' });
  const now = services.clock.now().toISOString();
  const code = randomDigits(RECEIPT_DIGITS);
  const keys = newCaseKeys();
  const granted = grantText(keys);
  const salt = newSalt();
  const row: Omit<ReportRow, 'school_id'> = {
    id: randomUUID(),
    code_locator: locatorOf(code),
    public_key: keys.report.publicKey,
    // The receipt code opens the report key only; the case key never.
    key_by_code: lock(keyFromSecret(code, salt), keys.report.privateKey),
    code_salt: salt,
    key_for_recovery: settings.recovery_public_key ? sealTo(settings.recovery_public_key, granted) : null,
    recovery_with_case_key: 1,
    case_public_key: keys.case.publicKey,
    content: sealTo(keys.report.publicKey, JSON.stringify(input.content)),
    category: input.category,
    location: input.location,
    period: input.period,
    involved: JSON.stringify(input.involved),
    needs: JSON.stringify(input.needs),
    minor: input.minor,
    anonymous: input.content.contact === null ? 1 : 0,
    legal_duty: legalDutyApplies(input) ? 1 : 0,
    confidant_id: input.confidantId,
    // The wish stays on record; the case is theirs only if it reaches them (else the school's confidants hear of it).
    assigned_to: reachable.some((c) => c.userId === input.confidantId) ? input.confidantId : null,
    status: 'new',
    severity: null,
    created_at: now,
    acknowledged_at: null,
    closed_at: null,
    updated_at: now,
    kind: 'report',
    created_by: null,
    reminded_ack_at: null,
    reminded_feedback_at: null,
    outcome: null,
  };
  await reportsRepository(services.db, settings.school_id).add(
    row,
    reachable.map((c) => ({
      userId: c.userId,
      publicKey: c.publicKey!,
      sealedKey: sealTo(c.publicKey!, granted),
    })),
  );
  return { receiptCode: code, reportId: row.id };
}

/** The report's key pair, opened with the receipt code; null for a wrong code. */
function openWithCode(report: ReportRow, code: string): KeyPair | null {
  try {
    return {
      publicKey: report.public_key,
      privateKey: unlock(keyFromSecret(code, report.code_salt), report.key_by_code),
    };
  } catch {
    return null;
  }
}

/**
 * The report of this school that the code opens, with its key pair. A wrong code counts against the source and
 * the school; while they must wait, no code is even tried (429).
 */
export async function reportForCode(
  services: Services,
  settings: MeldpuntSettings,
  code: string,
  address: string,
): Promise<{ report: ReportRow; pair: KeyPair }> {
  const wait = await waitBeforeTry(services, address, settings.school_id);
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    if (seconds >= 120)
      throw new HttpError(429, 'errors.receiptThrottledMinutes', { minutes: Math.ceil(seconds / 60) });
    throw new HttpError(429, seconds === 1 ? 'errors.receiptThrottledSecond' : 'errors.receiptThrottled', {
      seconds,
    });
  }
  let found: { report: ReportRow; pair: KeyPair } | null = null;
  for (const candidate of await reportsByLocator(services.db, settings.school_id, locatorOf(code))) {
    const pair = openWithCode(candidate, code);
    if (pair) {
      found = { report: candidate, pair };
      break;
    }
  }
  if (!found) {
    await recordFailure(services, address, settings.school_id);
    throw new HttpError(404, 'errors.receiptUnknown', {}, { receiptCode: 'errors.receiptUnknown' });
  }
  return found;
}

export interface OpenedMessage {
  id: string;
  author: 'reporter' | 'confidant';
  authorName: string | null;
  body: string;
  at: string;
}

/** The report's content and conversation, decrypted with its key pair. */
export async function openReport(services: Services, report: ReportRow, pair: KeyPair) {
  const repo = reportsRepository(services.db, report.school_id);
  const names = new Map(
    (await confidantsOf(services.db, report.school_id)).map((c) => [c.userId, c.name] as const),
  );
  const messages: OpenedMessage[] = (await repo.messages(report.id)).map((m) => ({
    id: m.id,
    author: m.author,
    authorName: m.author === 'confidant' && m.user_id ? (names.get(m.user_id) ?? null) : null,
    body: openSealed(pair, m.body),
    at: m.created_at,
  }));
  return { content: JSON.parse(openSealed(pair, report.content)) as ReportContent, messages };
}

/** A message in the conversation: sealed to the report's key, so only the student and the confidants read it. */
export async function addMessage(
  services: Services,
  report: ReportRow,
  author: { kind: 'reporter' } | { kind: 'confidant'; userId: string },
  body: string,
): Promise<void> {
  const repo = reportsRepository(services.db, report.school_id);
  const now = services.clock.now();
  await repo.addMessage(
    report.id,
    {
      author: author.kind,
      userId: author.kind === 'confidant' ? author.userId : null,
      body: sealTo(report.public_key, body),
    },
    now,
  );
  await repo.update(report.id, { updated_at: now.toISOString() });
}
