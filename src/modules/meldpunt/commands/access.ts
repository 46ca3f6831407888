/**
 * Who can open a report (PRODUCT M3): each confidant through the report's key sealed to them, granted when the
 * report is filed, by a colleague's session when they become a confidant later (or after a password reset), or
 * by an administrator with the school's recovery key. Every opening is written to the audit log.
 */
import { isKeyPair, type KeyPair, newKeyPair, openSealed, sealTo } from '../../../platform/crypto/sodium.ts';
import type { Services } from '../../../server/context.ts';
import { badRequest, conflict, HttpError } from '../../../server/errors.ts';
import { confidantsOf, type ReportRow, receivesReports, reportsRepository } from '../repositories/reports.ts';
import { settingsOf, updateSettings } from '../repositories/settings.ts';
import { opens, readGrant } from './caseKeys.ts';

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
 * key where that is missing or from before the case key. Runs whenever a confidant with an unlocked key looks at
 * the case list. It grants no person anything. Each copy is made in a transaction that holds the case, so a case
 * key given meanwhile cannot leave the recovery key with the report key alone; a case that fails does not stop the
 * others (the count of those is returned).
 */
export async function sealForRecovery(
  services: Services,
  schoolId: string,
  userId: string,
  own: KeyPair,
): Promise<number> {
  const settings = await settingsOf(services.db, schoolId);
  const recoveryKey = settings.recovery_public_key;
  if (!recoveryKey) return 0;
  const wanting = (report: ReportRow) =>
    report.key_for_recovery === null ||
    (report.case_public_key !== null && report.recovery_with_case_key === 0);
  const snapshot = reportsRepository(services.db, schoolId);
  const mine = new Map(
    (await snapshot.grants()).filter((g) => g.user_id === userId).map((g) => [g.report_id, g] as const),
  );
  let failed = 0;
  for (const listed of await snapshot.list()) {
    // Only the cases this confidant can give a copy of start a transaction.
    if (!wanting(listed) || !opens(mine.get(listed.id), listed, own.publicKey)) continue;
    try {
      await services.db.transaction().execute(async (trx) => {
        const repo = reportsRepository(trx, schoolId);
        const report = await repo.hold(listed.id);
        const current = await repo.grantOf(listed.id, userId);
        if (!report || !wanting(report) || !opens(current, report, own.publicKey)) return;
        const text = openSealed(own, current!.sealed_key);
        await repo.update(report.id, {
          key_for_recovery: sealTo(recoveryKey, text),
          // From what the text holds, not from a flag.
          recovery_with_case_key: readGrant(text).case !== null ? 1 : 0,
        });
      });
    } catch {
      failed += 1;
    }
  }
  return failed;
}

/**
 * Colleagues who cannot open cases that this confidant can: new confidants, after a password reset, or holding a
 * grant from before the case key. Access is never shared on its own: a confidant decides (an administrator could
 * otherwise appoint someone and read along). A colleague whose key is weak is not listed: they choose a longer
 * password first.
 */
export async function colleaguesWithoutAccess(
  services: Services,
  schoolId: string,
  userId: string,
  own: KeyPair,
) {
  const repo = reportsRepository(services.db, schoolId);
  const grants = await repo.grants();
  const grantOf = (reportId: string, who: string) =>
    grants.find((g) => g.report_id === reportId && g.user_id === who);
  const mine = (await repo.list()).filter((report) =>
    opens(grantOf(report.id, userId), report, own.publicKey),
  );
  const people = await confidantsOf(services.db, schoolId);
  return people.filter(
    (c) =>
      c.userId !== userId &&
      receivesReports(c) &&
      mine.some((report) => !opens(grantOf(report.id, c.userId), report, c.publicKey)),
  );
}

/**
 * Writes one grant of a case in a transaction that holds the case: the receiver gets what the giver holds (`source`:
 * the giver's grant, or the recovery copy, opened as it is right then), unless they can open the case already or
 * are no longer a confidant with this key who receives reports. False when nothing was written.
 */
async function grantHeld(
  services: Services,
  schoolId: string,
  reportId: string,
  receiver: { userId: string; publicKey: string },
  source: (report: ReportRow, repo: ReturnType<typeof reportsRepository>) => Promise<string | null>,
): Promise<boolean> {
  return services.db.transaction().execute(async (trx) => {
    const repo = reportsRepository(trx, schoolId);
    const report = await repo.hold(reportId);
    if (!report) return false;
    // Read again here: the role may have gone, or the key changed, since the caller looked.
    const now = (await confidantsOf(trx, schoolId)).find((c) => c.userId === receiver.userId);
    if (!now || !receivesReports(now) || now.publicKey !== receiver.publicKey) return false;
    if (opens(await repo.grantOf(reportId, receiver.userId), report, receiver.publicKey)) return false;
    const text = await source(report, repo);
    if (text === null) return false;
    // Only what opens the case as it is now: a copy without the case key, on a case that has one, would lock out.
    const withCaseKey = readGrant(text).case !== null;
    if (report.case_public_key !== null && !withCaseKey) return false;
    await repo.grant(
      reportId,
      receiver.userId,
      receiver.publicKey,
      sealTo(receiver.publicKey, text),
      withCaseKey ? 1 : 0,
    );
    return true;
  });
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
  if (!colleague || !receivesReports(colleague))
    throw badRequest('errors.validation', { userId: 'validation.choice' });
  const receiver = { userId: colleagueId, publicKey: colleague.publicKey! };
  let granted = 0;
  const repo = reportsRepository(services.db, schoolId);
  const grants = await repo.grants();
  const reports = new Map((await repo.list()).map((r) => [r.id, r] as const));
  for (const mine of grants.filter((g) => g.user_id === userId)) {
    // Only cases the colleague cannot open yet (as far as a first look tells) start a transaction.
    const theirs = grants.find((g) => g.report_id === mine.report_id && g.user_id === colleagueId);
    const report = reports.get(mine.report_id);
    if (!report || opens(theirs, report, receiver.publicKey)) continue;
    const wrote = await grantHeld(services, schoolId, mine.report_id, receiver, async (report, held) => {
      const current = await held.grantOf(report.id, userId);
      if (!opens(current, report, own.publicKey)) return null;
      return openSealed(own, current!.sealed_key);
    });
    if (wrote) granted += 1;
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
 * open (after a colleague left, or a password was reset). The administrator reads nothing; it is audited. A
 * recovery copy from before the case key, on a case that has one since, gives nothing: a confidant's next look at
 * the case list renews it.
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
  // Tested on its own, so a wrong key is refused even when nobody needs access.
  if (!isKeyPair(recovery))
    throw badRequest('errors.recoveryKeyWrong', { recoveryKey: 'errors.recoveryKeyWrong' });
  const repo = reportsRepository(services.db, schoolId);
  const colleagues = (await confidantsOf(services.db, schoolId)).filter(receivesReports);
  const grants = await repo.grants();
  let granted = 0;
  const grantees = new Set<string>();
  for (const report of await repo.list()) {
    if (!report.key_for_recovery) continue;
    for (const c of colleagues) {
      // Only those who cannot open the case yet (as far as a first look tells) start a transaction.
      const theirs = grants.find((g) => g.report_id === report.id && g.user_id === c.userId);
      if (opens(theirs, report, c.publicKey)) continue;
      const receiver = { userId: c.userId, publicKey: c.publicKey! };
      const wrote = await grantHeld(services, schoolId, report.id, receiver, async (current) => {
        if (!current.key_for_recovery) return null;
        try {
          return openSealed(recovery, current.key_for_recovery);
        } catch {
          // A damaged copy gives nothing; the other cases still do.
          return null;
        }
      });
      if (!wrote) continue;
      granted += 1;
      grantees.add(c.userId);
    }
  }
  await repo.audit(null, adminId, 'recoveryKeyUsed', services.clock.now());
  for (const grantee of grantees)
    await repo.audit(null, adminId, 'granted', services.clock.now(), await personDetail(services, grantee));
  return { granted };
}
