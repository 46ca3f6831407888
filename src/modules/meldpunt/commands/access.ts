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

/** The report's key pair through this confidant's grant; 403 while they have none. */
export async function pairForConfidant(
  services: Services,
  report: ReportRow,
  userId: string,
  own: KeyPair,
): Promise<KeyPair> {
  const grant = await reportsRepository(services.db, report.school_id).grantOf(report.id, userId);
  if (!grant || grant.public_key !== own.publicKey) throw new HttpError(403, 'errors.meldpuntNoAccess');
  return { publicKey: report.public_key, privateKey: openSealed(own, grant.sealed_key) };
}

/**
 * Shares what this confidant can open with colleagues who cannot yet (new confidants, new key pairs), and with
 * the school's recovery key. Runs whenever a confidant with an unlocked key looks at the case list.
 */
export async function shareAccess(
  services: Services,
  schoolId: string,
  userId: string,
  own: KeyPair,
): Promise<void> {
  const repo = reportsRepository(services.db, schoolId);
  const colleagues = (await confidantsOf(services.db, schoolId)).filter((c) => c.publicKey !== null);
  const grants = await repo.grants();
  const settings = await settingsOf(services.db, schoolId);
  for (const report of await repo.list()) {
    const mine = grants.find((g) => g.report_id === report.id && g.user_id === userId);
    if (!mine || mine.public_key !== own.publicKey) continue;
    const missing = colleagues.filter(
      (c) =>
        !grants.some(
          (g) => g.report_id === report.id && g.user_id === c.userId && g.public_key === c.publicKey,
        ),
    );
    const needsRecovery = settings.recovery_public_key !== null && report.key_for_recovery === null;
    if (missing.length === 0 && !needsRecovery) continue;
    const privateKey = openSealed(own, mine.sealed_key);
    for (const colleague of missing) {
      await repo.grant(
        report.id,
        colleague.userId,
        colleague.publicKey!,
        sealTo(colleague.publicKey!, privateKey),
      );
    }
    if (needsRecovery)
      await repo.update(report.id, { key_for_recovery: sealTo(settings.recovery_public_key!, privateKey) });
  }
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
  for (const report of await repo.list()) {
    if (!report.key_for_recovery) continue;
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
    }
  }
  await repo.audit(null, adminId, 'recoveryKeyUsed', services.clock.now());
  return { granted };
}
