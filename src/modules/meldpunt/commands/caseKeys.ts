/**
 * The two key pairs of a case (PRODUCT M3). The report key opens what the student wrote and the conversation; the
 * student reaches it with the receipt code. The case key opens what only confidants write (internal notes,
 * checklist notes, restorative conversations); it is sealed to each confidant with access and to the school's
 * recovery key, and never under the receipt code, so a receipt code and a copy of the database open no note.
 *
 * A grant carries both private keys in one sealed text, so every way of giving access (a colleague, the recovery
 * key) passes both on without looking inside, and taking the grant away takes both.
 */
import { type KeyPair, newKeyPair, openSealed, sealTo } from '../../../platform/crypto/sodium.ts';
import { forgetOldPages } from '../../../platform/db/index.ts';
import type { Services } from '../../../server/context.ts';
import { handlingRepository } from '../repositories/handling.ts';
import { type ReportRow, reportsRepository } from '../repositories/reports.ts';
import { settingsOf } from '../repositories/settings.ts';

export interface CaseKeys {
  report: KeyPair;
  case: KeyPair;
}

/** What a grant (and the recovery key's copy) holds: both private keys of the case. */
export function grantText(keys: CaseKeys): string {
  return JSON.stringify({ report: keys.report.privateKey, case: keys.case.privateKey });
}

/** Reads an opened grant; one from before the case key holds the report's private key alone. */
export function readGrant(text: string): { report: string; case: string | null } {
  if (!text.startsWith('{')) return { report: text, case: null };
  const held = JSON.parse(text) as { report?: unknown; case?: unknown };
  if (typeof held.report !== 'string' || typeof held.case !== 'string')
    throw new Error('Unknown grant format');
  return { report: held.report, case: held.case };
}

/**
 * Whether this grant opens the case for the holder of `publicKey`: sealed to that key, and holding the case key
 * whenever the case has one (a grant from before it, on a case given one since, opens nothing: its holder is then
 * someone a colleague can give access to again).
 */
export function opens(
  grant: { public_key: string; with_case_key: number } | undefined,
  report: { case_public_key: string | null },
  publicKey: string | null,
): boolean {
  if (!grant || publicKey === null || grant.public_key !== publicKey) return false;
  return report.case_public_key === null || grant.with_case_key === 1;
}

/** Fresh keys for a new report or signal. */
export function newCaseKeys(): CaseKeys {
  return { report: newKeyPair(), case: newKeyPair() };
}

/** Another instance (or request) gave the case its key first: this one's work is rolled back. */
class AlreadyUpgraded extends Error {}

/**
 * Gives a case from before the case key its own: a new case key, every note, checklist note and restorative text
 * sealed to it instead of the report key, and every grant (and the recovery key's copy) holding both keys. Needs the
 * report's private key, so it runs when a confidant with access opens the case (or looks at the case list); until
 * then such a case's notes stay as they were. Safe to race: only the first to claim the case does it.
 */
export async function upgradeCaseKey(
  services: Services,
  report: ReportRow,
  reportPair: KeyPair,
): Promise<void> {
  const keys: CaseKeys = { report: reportPair, case: newKeyPair() };
  const reseal = (sealed: string) =>
    sealed ? sealTo(keys.case.publicKey, openSealed(reportPair, sealed)) : '';
  const upgraded = await services.db
    .transaction()
    .execute(async (trx) => {
      const reports = reportsRepository(trx, report.school_id);
      if (!(await reports.claimCaseKey(report.id, keys.case.publicKey))) throw new AlreadyUpgraded();
      const handling = handlingRepository(trx, report.school_id);
      for (const step of await handling.steps(report.id))
        if (step.note) await handling.setStepNote(report.id, step.checklist, step.step, reseal(step.note));
      for (const note of await handling.notes(report.id))
        await handling.setNoteBody(note.id, reseal(note.body));
      for (const meeting of await handling.restorative(report.id))
        await handling.updateRestorative(meeting.id, {
          participants: reseal(meeting.participants),
          agreements: reseal(meeting.agreements),
        });
      const text = grantText(keys);
      // Only the grants there are now, each for its own key pair: an update never brings back access taken away.
      for (const grant of await reports.grantsOf(report.id))
        await reports.resealGrant(report.id, grant.user_id, grant.public_key, sealTo(grant.public_key, text));
      const recovery = (await settingsOf(trx, report.school_id)).recovery_public_key;
      if (recovery)
        await reports.update(report.id, {
          key_for_recovery: sealTo(recovery, text),
          recovery_with_case_key: 1,
        });
    })
    .then(() => true)
    .catch((error: unknown) => {
      if (!(error instanceof AlreadyUpgraded)) throw error;
      return false;
    });
  // The notes as they were (under the report key, which the receipt code opens) leave the write-ahead log too.
  if (upgraded) await forgetOldPages(services.db, services.dialect);
}

/**
 * Upgrades every older case this confidant can open; runs when they look at the case list. One case that fails
 * (a damaged grant) does not keep the others, or the list, from them: it answers how many failed.
 */
export async function upgradeCaseKeys(
  services: Services,
  schoolId: string,
  userId: string,
  own: KeyPair,
): Promise<number> {
  const repo = reportsRepository(services.db, schoolId);
  const mine = new Map(
    (await repo.grants())
      .filter((g) => g.user_id === userId && g.public_key === own.publicKey)
      .map((g) => [g.report_id, g] as const),
  );
  let failed = 0;
  for (const report of await repo.list()) {
    const grant = mine.get(report.id);
    if (report.case_public_key !== null || !grant) continue;
    try {
      const held = readGrant(openSealed(own, grant.sealed_key));
      await upgradeCaseKey(services, report, { publicKey: report.public_key, privateKey: held.report });
    } catch {
      failed += 1;
    }
  }
  return failed;
}
