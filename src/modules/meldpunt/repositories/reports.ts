/** Reports, their key grants, messages and the audit log of one school. Content columns hold only ciphertext. */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { Flag, MeldpuntReportTable } from '../../../platform/db/schema.ts';

export type ReportRow = MeldpuntReportTable;

/** The reports of a school whose receipt code starts with these digits: the few to try a code on. */
export function reportsByLocator(db: Database, schoolId: string, locator: string) {
  return db
    .selectFrom('meldpunt_reports')
    .selectAll()
    .where('school_id', '=', schoolId)
    .where('code_locator', '=', locator)
    .execute();
}

/** Audit entries that say which case set off the board's crisis approach. */
const CRISIS_ACTIONS = ['crisisStarted'];

/** Whether an audit entry ties its case to the board's crisis approach. */
export function isCrisisEntry(entry: { action: string; detail: string | null }): boolean {
  return (
    CRISIS_ACTIONS.includes(entry.action) ||
    (entry.action === 'stepChanged' && (entry.detail ?? '').startsWith('crisis:'))
  );
}

export function reportsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    async add(
      row: Omit<ReportRow, 'school_id'>,
      grants: { userId: string; publicKey: string; sealedKey: string }[],
    ) {
      await db.transaction().execute(async (trx) => {
        const scoped = forSchool(trx, schoolId);
        await scoped.insertInto('meldpunt_reports', row).execute();
        for (const grant of grants) {
          await scoped
            .insertInto('meldpunt_report_keys', {
              report_id: row.id,
              user_id: grant.userId,
              public_key: grant.publicKey,
              sealed_key: grant.sealedKey,
              // A new case is made with both keys: every first grant holds them.
              with_case_key: 1,
            })
            .execute();
        }
      });
    },
    list() {
      return school.selectFrom('meldpunt_reports').selectAll().orderBy('created_at', 'desc').execute();
    },
    find(id: string) {
      return school.selectFrom('meldpunt_reports').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async update(id: string, set: Partial<Omit<ReportRow, 'id' | 'school_id'>>): Promise<void> {
      await school.updateTable('meldpunt_reports').set(set).where('id', '=', id).execute();
    },
    /** Marks a reminder as sent unless another instance did first; true when this call claimed it. */
    async claimReminder(id: string, kind: 'ack' | 'feedback', now: Date): Promise<boolean> {
      const column = kind === 'ack' ? 'reminded_ack_at' : 'reminded_feedback_at';
      const result = await school
        .updateTable('meldpunt_reports')
        .set({ [column]: now.toISOString() })
        .where('id', '=', id)
        .where(column, 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Gives a claimed reminder back, when no mail of it was accepted, for the next tick to try again. */
    async releaseReminder(id: string, kind: 'ack' | 'feedback'): Promise<void> {
      const column = kind === 'ack' ? 'reminded_ack_at' : 'reminded_feedback_at';
      await school
        .updateTable('meldpunt_reports')
        .set({ [column]: null })
        .where('id', '=', id)
        .execute();
    },
    /** Sets the case key of a report from before it, unless someone else did first; true when this call did. */
    async claimCaseKey(id: string, casePublicKey: string): Promise<boolean> {
      const result = await school
        .updateTable('meldpunt_reports')
        .set({ case_public_key: casePublicKey })
        .where('id', '=', id)
        .where('case_public_key', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    grants() {
      return school.selectFrom('meldpunt_report_keys').selectAll().execute();
    },
    grantsOf(reportId: string) {
      return school
        .selectFrom('meldpunt_report_keys')
        .selectAll()
        .where('report_id', '=', reportId)
        .execute();
    },
    grantOf(reportId: string, userId: string) {
      return school
        .selectFrom('meldpunt_report_keys')
        .selectAll()
        .where('report_id', '=', reportId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    /** Grants (or renews, for a new key pair) one confidant's access to one report. */
    async grant(
      reportId: string,
      userId: string,
      publicKey: string,
      sealedKey: string,
      withCaseKey: Flag,
    ): Promise<void> {
      const set = { public_key: publicKey, sealed_key: sealedKey, with_case_key: withCaseKey };
      await school
        .insertInto('meldpunt_report_keys', { report_id: reportId, user_id: userId, ...set })
        .onConflict((oc) => oc.columns(['report_id', 'user_id']).doUpdateSet(set))
        .execute();
    },
    /**
     * Re-seals a grant that is still there, for the same key pair, now holding both keys. Never adds one: access
     * taken away meanwhile stays away.
     */
    async resealGrant(reportId: string, userId: string, publicKey: string, sealedKey: string): Promise<void> {
      await school
        .updateTable('meldpunt_report_keys')
        .set({ sealed_key: sealedKey, with_case_key: 1 })
        .where('report_id', '=', reportId)
        .where('user_id', '=', userId)
        .where('public_key', '=', publicKey)
        .execute();
    },
    /**
     * The report as it is now, held (in PostgreSQL, by a row lock until the transaction ends) so that no one gives it
     * a case key meanwhile: run first in a transaction that copies a grant. SQLite runs one transaction at a time.
     */
    async hold(id: string): Promise<ReportRow | undefined> {
      await school
        .updateTable('meldpunt_reports')
        .set((eb) => ({ case_public_key: eb.ref('case_public_key') }))
        .where('id', '=', id)
        .execute();
      return school.selectFrom('meldpunt_reports').selectAll().where('id', '=', id).executeTakeFirst();
    },
    messages(reportId: string) {
      return school
        .selectFrom('meldpunt_messages')
        .selectAll()
        .where('report_id', '=', reportId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    async addMessage(
      reportId: string,
      message: { author: 'reporter' | 'confidant'; userId: string | null; body: string },
      now: Date,
    ): Promise<string> {
      const id = randomUUID();
      await school
        .insertInto('meldpunt_messages', {
          id,
          report_id: reportId,
          author: message.author,
          user_id: message.userId,
          body: message.body,
          created_at: now.toISOString(),
        })
        .execute();
      return id;
    },
    async audit(
      reportId: string | null,
      userId: string | null,
      action: string,
      now: Date,
      detail: string | null = null,
    ): Promise<void> {
      await school
        .insertInto('meldpunt_audit', {
          id: randomUUID(),
          report_id: reportId,
          user_id: userId,
          action,
          detail,
          at: now.toISOString(),
        })
        .execute();
    },
    /**
     * Newest first, at most 500. `withoutCrisis` leaves out what ties a case to the board's crisis approach (its start,
     * and crisis steps once ticked on a case), for someone who may not know which case that was.
     */
    auditLog(options: { withoutCrisis: boolean }) {
      let query = school
        .selectFrom('meldpunt_audit')
        .leftJoin('users', 'users.id', 'meldpunt_audit.user_id')
        .select([
          'meldpunt_audit.id',
          'meldpunt_audit.report_id',
          'meldpunt_audit.action',
          'meldpunt_audit.detail',
          'meldpunt_audit.at',
          'users.name as user_name',
          'users.email as user_email',
        ]);
      if (options.withoutCrisis)
        query = query.where((eb) =>
          eb.not(
            eb.or([
              eb('meldpunt_audit.action', 'in', CRISIS_ACTIONS),
              eb.and([
                eb('meldpunt_audit.action', '=', 'stepChanged'),
                eb('meldpunt_audit.detail', 'like', 'crisis:%'),
              ]),
            ]),
          ),
        );
      return query.orderBy('meldpunt_audit.at', 'desc').limit(500).execute();
    },
  };
}

/**
 * The school's confidants, their public keys (null: not signed in since becoming one), whether that key is weak
 * (locked under a password shorter than the role's minimum) and introductions.
 */
export async function confidantsOf(db: Database, schoolId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .leftJoin('confidant_keys', 'confidant_keys.user_id', 'memberships.user_id')
    .leftJoin('confidant_intros', (join) =>
      join
        .onRef('confidant_intros.user_id', '=', 'memberships.user_id')
        .onRef('confidant_intros.school_id', '=', 'memberships.school_id'),
    )
    .select([
      'users.id as userId',
      'users.name as name',
      'confidant_keys.public_key as publicKey',
      'confidant_keys.weak as weakKey',
      'confidant_intros.intro as intro',
    ])
    .where('memberships.school_id', '=', schoolId)
    .where('memberships.role', '=', 'confidant')
    .orderBy('users.name')
    .execute();
}

/** A confidant's introduction for students on this school's reporting page. */
export async function setConfidantIntro(db: Database, schoolId: string, userId: string, intro: string) {
  await db
    .insertInto('confidant_intros')
    .values({ school_id: schoolId, user_id: userId, intro })
    .onConflict((oc) => oc.columns(['school_id', 'user_id']).doUpdateSet({ intro }))
    .execute();
}

/** Whether new reports and grants may be sealed to this confidant: a key, and not a weak one. */
export function receivesReports(confidant: { publicKey: string | null; weakKey: Flag | null }): boolean {
  return confidant.publicKey !== null && confidant.weakKey !== 1;
}
