/**
 * Who can open a report (PRODUCT M3): each confidant through the report's key sealed to them, granted when the
 * report is filed, by a colleague's session when they become a confidant later (or after a password reset), or
 * by an administrator with the school's recovery key. Every opening is written to the audit log.
 */
import { type KeyPair, newKeyPair, openSealed, sealTo } from '../../../platform/crypto/sodium.ts';
import type { Services } from '../../../server/context.ts';
import { badRequest, conflict, HttpError } from '../../../server/errors.ts';
import { confidantsOf, type ReportRow, reportsRepository } from '../repositories/reports.ts';
import { settingsOf, updateSettings } from '../repositories/settings.ts';
import { readGrant } from './caseKeys.ts';

/**
 * The keys of a case through this confidant's grant; 403 while they have none. `case` is null for a case (or a
 * grant) from before the case key: see caseKeys.ts.
 */
export async function keysForConfidant(
  services: Services,
  report: ReportRow,
  userId: string,
  own: KeyPair,
): Promise<{ report: KeyPair; case: KeyPair | null }> {
  const grant = await reportsRepository(services.db, report.school_id).grantOf(report.id, userId);
  if (!grant || grant.public_key !== own.publicKey) throw new HttpError(403, 'errors.meldpuntNoAccess');
  const held = readGrant(openSealed(own, grant.sealed_key));
  return {
    report: { publicKey: report.public_key, privateKey: held.report },
    case:
      held.case && report.case_public_key
        ? { publicKey: report.case_public_key, privateKey: held.case }
        : null,
  };
}

/**
 * Seals what this confidant can open (both keys of each case, as their grant holds them) to the school's recovery
 * key where that is still missing. Runs whenever a confidant with an unlocked key looks at the case list. It grants
 * no person anything.
 */
export async function sealForRecovery(
  services: Services,
  schoolId: string,
  userId: string,
  own: KeyPair,
): Promise<void> {
  const settings = await settingsOf(services.db, schoolId);
  if (!settings.recovery_public_key) return;
  const repo = reportsRepository(services.db, schoolId);
  const grants = await repo.grants();
  for (const report of await repo.list()) {
    if (report.key_for_recovery !== null) continue;
    const mine = grants.find((g) => g.report_id === report.id && g.user_id === userId);
    if (!mine || mine.public_key !== own.publicKey) continue;
    const held = openSealed(own, mine.sealed_key);
    await repo.update(report.id, { key_for_recovery: sealTo(settings.recovery_public_key, held) });
  }
}

/**
 * Colleagues who cannot open cases that this confidant can: new confidants, or after a password reset. Access is
 * never shared on its own: a confidant decides (an administrator could otherwise appoint someone and read along).
 */
export async function colleaguesWithoutAccess(
  services: Services,
  schoolId: string,
  userId: string,
  own: KeyPair,
) {
  const repo = reportsRepository(services.db, schoolId);
  const grants = await repo.grants();
  const mine = new Set(
    grants.filter((g) => g.user_id === userId && g.public_key === own.publicKey).map((g) => g.report_id),
  );
  const people = await confidantsOf(services.db, schoolId);
  return people.filter(
    (c) =>
      c.userId !== userId &&
      c.publicKey !== null &&
      [...mine].some(
        (reportId) =>
          !grants.some(
            (g) => g.report_id === reportId && g.user_id === c.userId && g.public_key === c.publicKey,
          ),
      ),
  );
}

/**
 * A confidant gives a colleague access to every case they can open themselves (both its keys, as their own grant
 * holds them); audited with the colleague's email.
 */
export async function grantColleague(
  services: Services,
  schoolId: string,
  userId: string,
  own: KeyPair,
  colleagueId: string,
): Promise<number> {
  const colleague = (await confidantsOf(services.db, schoolId)).find((c) => c.userId === colleagueId);
  if (!colleague?.publicKey) throw badRequest('errors.validation', { userId: 'validation.choice' });
  const repo = reportsRepository(services.db, schoolId);
  const grants = await repo.grants();
  let granted = 0;
  for (const mine of grants.filter((g) => g.user_id === userId && g.public_key === own.publicKey)) {
    const has = grants.some(
      (g) =>
        g.report_id === mine.report_id && g.user_id === colleagueId && g.public_key === colleague.publicKey,
    );
    if (has) continue;
    await repo.grant(
      mine.report_id,
      colleagueId,
      colleague.publicKey,
      sealTo(colleague.publicKey, openSealed(own, mine.sealed_key)),
    );
    granted += 1;
  }
  await repo.audit(null, userId, 'granted', services.clock.now(), await personDetail(services, colleagueId));
  return granted;
}

/** "Name <email>" for the audit log: names need not be unique, accounts are. */
async function personDetail(services: Services, userId: string): Promise<string> {
  const user = await services.db
    .selectFrom('users')
    .select(['name', 'email'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return user ? `${user.name} <${user.email}>` : userId;
}

/**
 * Makes the school's recovery key pair. The private key is shown once, for the administrator to print and keep
 * safe; Kring keeps only the public key. One per school: replacing it would strand the reports sealed to it.
 */
export async function createRecoveryKey(
  services: Services,
  schoolId: string,
  adminId: string,
): Promise<string> {
  const settings = await settingsOf(services.db, schoolId);
  if (settings.recovery_public_key) throw conflict('errors.recoveryKeyExists');
  const pair = newKeyPair();
  await updateSettings(services.db, schoolId, {
    recovery_public_key: pair.publicKey,
    recovery_created_at: services.clock.now().toISOString(),
    recovery_created_by: adminId,
  });
  await reportsRepository(services.db, schoolId).audit(
    null,
    adminId,
    'recoveryKeyCreated',
    services.clock.now(),
  );
  return `${pair.publicKey}.${pair.privateKey}`;
}

/**
 * With the printed recovery key an administrator grants every confidant access to every report they cannot
 * open (after a colleague left, or a password was reset). The administrator reads nothing; it is audited.
 */
export async function useRecoveryKey(
  services: Services,
  schoolId: string,
  adminId: string,
  recoveryKey: string,
): Promise<{ granted: number }> {
  const settings = await settingsOf(services.db, schoolId);
  const [publicKey, privateKey] = recoveryKey.trim().split('.');
  if (!settings.recovery_public_key || publicKey !== settings.recovery_public_key || !privateKey)
    throw badRequest('errors.recoveryKeyWrong', { recoveryKey: 'errors.recoveryKeyWrong' });
  const recovery = { publicKey, privateKey };
  const repo = reportsRepository(services.db, schoolId);
  const colleagues = (await confidantsOf(services.db, schoolId)).filter((c) => c.publicKey !== null);
  const grants = await repo.grants();
  let granted = 0;
  const grantees = new Set<string>();
  for (const report of await repo.list()) {
    if (!report.key_for_recovery) continue;
    // Both keys of the case, as a grant holds them.
    let reportKey: string;
    try {
      reportKey = openSealed(recovery, report.key_for_recovery);
    } catch {
      throw badRequest('errors.recoveryKeyWrong', { recoveryKey: 'errors.recoveryKeyWrong' });
    }
    for (const c of colleagues) {
      if (
        grants.some(
          (g) => g.report_id === report.id && g.user_id === c.userId && g.public_key === c.publicKey,
        )
      )
        continue;
      await repo.grant(report.id, c.userId, c.publicKey!, sealTo(c.publicKey!, reportKey));
      granted += 1;
      grantees.add(c.userId);
    }
  }
  await repo.audit(null, adminId, 'recoveryKeyUsed', services.clock.now());
  for (const grantee of grantees)
    await repo.audit(null, adminId, 'granted', services.clock.now(), await personDetail(services, grantee));
  return { granted };
}
