/**
 * Cases from before the confidants-only case key, on both databases: their notes, checklist notes and
 * restorative texts were sealed to the report key (which the receipt code opens). The first confidant who looks at
 * them gives the case its own case key and re-seals everything to it, once, also when two look at once; after
 * that the receipt code opens none of it, and access given by a colleague or the recovery key includes the case key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlingRepository } from '../../src/modules/meldpunt/repositories/handling.ts';
import {
  type KeyPair,
  keyFromSecret,
  newKeyPair,
  openSealed,
  sealTo,
  unlock,
} from '../../src/platform/crypto/sodium.ts';
import { migrateTo, migrateToLatest } from '../../src/platform/db/migrate.ts';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import {
  type BuiltUser,
  buildOrganisation,
  buildSchool,
  buildUser,
  organisationOf,
  sessionFor,
  signIn,
} from '../helpers/factories.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const NOTE = 'Oom van de leerling belde over thuis.';
const STEP_NOTE = 'Stagebedrijf Van Dijk gebeld.';
const PARTICIPANTS = 'Leerling en stagebegeleider';

for (const dialect of DIALECTS) {
  describe(`cases from before the case key (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let admin: ApiClient;
    let veraUser: BuiltUser;
    let vera: ApiClient;
    let reportId: string;
    let byCode: KeyPair;
    /** The recovery key as the administrator printed it. */
    let recoveryKey: string;
    const base = () => `/api/schools/${schoolId}/meldpunt/reports/${reportId}`;
    /** Nina, a second confidant, once she has access (from the third test on). */
    let ninaId: string;
    let ninaClient: ApiClient;

    /** Puts the filed case back into the shape Kring stored before the case key: everything under the report key. */
    async function makeOld(receipt: string): Promise<void> {
      const db = t.services.db;
      const row = await db
        .selectFrom('meldpunt_reports')
        .selectAll()
        .where('id', '=', reportId)
        .executeTakeFirstOrThrow();
      byCode = {
        publicKey: row.public_key,
        privateKey: unlock(keyFromSecret(receipt, row.code_salt), row.key_by_code),
      };
      const recovery = (
        await db
          .selectFrom('meldpunt_settings')
          .select('recovery_public_key')
          .where('school_id', '=', schoolId)
          .executeTakeFirstOrThrow()
      ).recovery_public_key!;
      await db
        .updateTable('meldpunt_reports')
        .set({
          case_public_key: null,
          key_for_recovery: sealTo(recovery, byCode.privateKey),
          recovery_with_case_key: 0,
        })
        .where('id', '=', reportId)
        .execute();
      for (const grant of await db.selectFrom('meldpunt_report_keys').selectAll().execute())
        await db
          .updateTable('meldpunt_report_keys')
          .set({ sealed_key: sealTo(grant.public_key, byCode.privateKey), with_case_key: 0 })
          .where('report_id', '=', grant.report_id)
          .where('user_id', '=', grant.user_id)
          .execute();
      const handling = handlingRepository(db, schoolId);
      await handling.addNote(reportId, veraUser.user.id, sealTo(byCode.publicKey, NOTE), t.clock.now());
      await handling.setStep(reportId, 'internship', 'talkCompany', {
        done_at: t.clock.now().toISOString(),
        done_by: veraUser.user.id,
        note: sealTo(byCode.publicKey, STEP_NOTE),
      });
      await handling.addRestorative(
        reportId,
        {
          planned_at: '2026-12-01T10:00',
          participants: sealTo(byCode.publicKey, PARTICIPANTS),
          agreements: sealTo(byCode.publicKey, ''),
        },
        t.clock.now(),
      );
    }

    const sealedTexts = async () => {
      const db = t.services.db;
      return [
        ...(await db.selectFrom('meldpunt_notes').select('body').execute()).map((n) => n.body),
        ...(await db.selectFrom('meldpunt_steps').select('note').execute()).map((s) => s.note),
        ...(await db.selectFrom('meldpunt_restorative').select('participants').execute()).map(
          (r) => r.participants,
        ),
      ];
    };

    beforeAll(async () => {
      t = await startTestApp(dialect, { manualClock: true });
      t.clock.set(new Date('2026-11-02T09:00:00Z'));
      const org = await buildOrganisation(t.services);
      schoolId = (await buildSchool(t.services, org.id, 'Oud College')).id;
      admin = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: org.id, memberships: [{ schoolId, role: 'admin' }] }),
      );
      veraUser = await buildUser(t.services, {
        organisationId: org.id,
        name: 'Vera Vertrouwen',
        memberships: [{ schoolId, role: 'confidant' }],
        totp: true,
      });
      vera = await signIn(t, veraUser);
      const code = (await admin.get(`/api/schools/${schoolId}/meldpunt/settings`)).body.code;
      recoveryKey = (await admin.post(`/api/schools/${schoolId}/meldpunt/recovery-key`)).body.recoveryKey;
      const filed = await t.client().post(`/api/meldpunt/${code}/reports`, {
        category: 'bullying',
        location: 'internship',
        period: 'thisMonth',
        involved: ['internshipStaff'],
        needs: ['advice'],
        minor: 'yes',
        confidantId: null,
        content: { story: 'Ze negeren me op mijn stage.', when: '', who: '', contact: null },
      });
      reportId = (await vera.get(`/api/schools/${schoolId}/meldpunt/reports`)).body.cases[0].id;
      await makeOld(filed.body.receiptCode);
    });
    afterAll(async () => t?.close());

    it('opens with the receipt code while nobody has looked at it since', async () => {
      const texts = await sealedTexts();
      expect(texts).toHaveLength(3);
      expect(texts.map((text) => openSealed(byCode, text))).toEqual([NOTE, STEP_NOTE, PARTICIPANTS]);
    });

    it('is re-sealed to a case key of its own when a confidant opens it, once, also when two requests race', async () => {
      const [notes, steps] = await Promise.all([vera.get(`${base()}/notes`), vera.get(`${base()}/steps`)]);
      expect(notes.body.map((n: { body: string }) => n.body)).toEqual([NOTE]);
      expect(steps.body).toEqual([expect.objectContaining({ step: 'talkCompany', note: STEP_NOTE })]);
      expect((await vera.get(`${base()}/restorative`)).body[0].participants).toBe(PARTICIPANTS);
      const row = await t.services.db
        .selectFrom('meldpunt_reports')
        .select(['case_public_key', 'key_for_recovery'])
        .where('id', '=', reportId)
        .executeTakeFirstOrThrow();
      expect(row.case_public_key).not.toBeNull();
      for (const text of await sealedTexts()) expect(() => openSealed(byCode, text)).toThrow();
      expect(() => openSealed(byCode, row.key_for_recovery!)).toThrow();
    });

    it('passes the case key on with access from a colleague and from the recovery key', async () => {
      const org = await organisationOf(t.services, schoolId);
      const ninaUser = await buildUser(t.services, {
        organisationId: org,
        name: 'Nina Nieuw',
        memberships: [{ schoolId, role: 'confidant' }],
        totp: true,
      });
      t.clock.advance(31_000);
      let nina = await signIn(t, ninaUser);
      expect(
        (await vera.post(`/api/schools/${schoolId}/meldpunt/grants`, { userId: ninaUser.user.id })).status,
      ).toBe(200);
      expect((await nina.get(`${base()}/notes`)).body[0].body).toBe(NOTE);

      // Nina resets her password: her old key and grants go; the recovery key's copy brings both keys back.
      await t.client().post('/api/auth/password-reset', { email: ninaUser.email });
      const token = new URL(Mailbox.link(await t.mailbox.latestTo(ninaUser.email))).hash.replace(
        /^#token=/,
        '',
      );
      const password = 'een-nieuw-en-lang-wachtwoord';
      expect((await t.client().post('/api/auth/password-reset/complete', { token, password })).status).toBe(
        200,
      );
      t.clock.advance(31_000);
      nina = await signIn(t, { ...ninaUser, password });
      expect((await nina.get(`${base()}/notes`)).status).toBe(403);
      expect(
        (await admin.post(`/api/schools/${schoolId}/meldpunt/recovery-key/use`, { recoveryKey })).body
          .granted,
      ).toBe(1);
      expect((await nina.get(`${base()}/notes`)).body[0].body).toBe(NOTE);
      expect((await nina.get(`${base()}/steps`)).body[0].note).toBe(STEP_NOTE);
      ninaId = ninaUser.user.id;
      ninaClient = nina;
    });

    it('lists a colleague whose grant lacks the case key, so access can be given again instead of lost', async () => {
      // What a copy racing the upgrade used to leave: Nina's grant with the report key alone.
      const ninaKey = (
        await t.services.db
          .selectFrom('confidant_keys')
          .select('public_key')
          .where('user_id', '=', ninaId)
          .executeTakeFirstOrThrow()
      ).public_key;
      await t.services.db
        .updateTable('meldpunt_report_keys')
        .set({ sealed_key: sealTo(ninaKey, byCode.privateKey), with_case_key: 0 })
        .where('report_id', '=', reportId)
        .where('user_id', '=', ninaId)
        .execute();
      expect((await ninaClient.get(`${base()}/notes`)).status).toBe(403);
      const ninasList = (await ninaClient.get(`/api/schools/${schoolId}/meldpunt/reports`)).body;
      expect(ninasList.cases.find((c: { id: string }) => c.id === reportId).canOpen).toBe(false);
      // Neither the recovery key nor a colleague hands out that half grant again; Vera sees Nina is waiting.
      const list = (await vera.get(`/api/schools/${schoolId}/meldpunt/reports`)).body;
      expect(list.colleaguesWithoutAccess).toEqual([{ userId: ninaId, name: 'Nina Nieuw' }]);
      const given = await vera.post(`/api/schools/${schoolId}/meldpunt/grants`, { userId: ninaId });
      expect(given.body.granted).toBe(1);
      expect((await ninaClient.get(`${base()}/notes`)).body[0].body).toBe(NOTE);
      expect(
        (await vera.get(`/api/schools/${schoolId}/meldpunt/reports`)).body.colleaguesWithoutAccess,
      ).toEqual([]);
    });

    it('renews a recovery copy from before the case key at the next look, and gives nothing with it before', async () => {
      const recovery = (
        await t.services.db
          .selectFrom('meldpunt_settings')
          .select('recovery_public_key')
          .where('school_id', '=', schoolId)
          .executeTakeFirstOrThrow()
      ).recovery_public_key!;
      await t.services.db
        .updateTable('meldpunt_reports')
        .set({ key_for_recovery: sealTo(recovery, byCode.privateKey), recovery_with_case_key: 0 })
        .where('id', '=', reportId)
        .execute();
      // Nina loses access; the stale copy cannot give it back (it would hold the report key only).
      await t.services.db.deleteFrom('meldpunt_report_keys').where('user_id', '=', ninaId).execute();
      const use = () => admin.post(`/api/schools/${schoolId}/meldpunt/recovery-key/use`, { recoveryKey });
      expect((await use()).body.granted).toBe(0);
      await vera.get(`/api/schools/${schoolId}/meldpunt/reports`);
      const row = await t.services.db
        .selectFrom('meldpunt_reports')
        .select(['key_for_recovery', 'recovery_with_case_key'])
        .where('id', '=', reportId)
        .executeTakeFirstOrThrow();
      expect(row.recovery_with_case_key).toBe(1);
      const [publicKey, privateKey] = recoveryKey.split('.') as [string, string];
      expect(JSON.parse(openSealed({ publicKey, privateKey }, row.key_for_recovery!))).toHaveProperty('case');
      expect((await use()).body.granted).toBe(1);
      expect((await ninaClient.get(`${base()}/notes`)).body[0].body).toBe(NOTE);
    });

    it('refuses a recovery key whose halves do not belong together, also when nobody needs access', async () => {
      const [publicKey] = recoveryKey.split('.');
      const other = newKeyPair().privateKey;
      const wrong = await admin.post(`/api/schools/${schoolId}/meldpunt/recovery-key/use`, {
        recoveryKey: `${publicKey}.${other}`,
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.code).toBe('errors.recoveryKeyWrong');
    });

    it('shows the case list when one case cannot be renewed, and the other cases with it', async () => {
      // A case from before the case key whose grant to Vera is damaged: its upgrade fails, the list does not.
      const code = (await admin.get(`/api/schools/${schoolId}/meldpunt/settings`)).body.code;
      await t.client().post(`/api/meldpunt/${code}/reports`, {
        category: 'other',
        location: 'online',
        period: 'today',
        involved: ['other'],
        needs: ['advice'],
        minor: 'no',
        confidantId: null,
        content: { story: 'Iemand plaatst foto’s van mij.', when: '', who: '', contact: null },
      });
      const damaged = (await vera.get(`/api/schools/${schoolId}/meldpunt/reports`)).body.cases[0].id;
      expect(damaged).not.toBe(reportId);
      await t.services.db
        .updateTable('meldpunt_reports')
        .set({ case_public_key: null })
        .where('id', '=', damaged)
        .execute();
      await t.services.db
        .updateTable('meldpunt_report_keys')
        .set({ sealed_key: 'beschadigd', with_case_key: 0 })
        .where('report_id', '=', damaged)
        .where('user_id', '=', veraUser.user.id)
        .execute();
      const list = await vera.get(`/api/schools/${schoolId}/meldpunt/reports`);
      expect(list.status).toBe(200);
      expect(list.body.cases.map((c: { id: string }) => c.id).sort()).toEqual([damaged, reportId].sort());
      expect((await vera.get(`${base()}/notes`)).body[0].body).toBe(NOTE);
    });

    it('reads, when upgrading from the schema before, which grants hold the case key, and clears freed pages', async () => {
      await migrateTo(t.services.db, '0009_meldpunt_board');
      const verasKey = (
        await t.services.db
          .selectFrom('confidant_keys')
          .select('public_key')
          .where('user_id', '=', veraUser.user.id)
          .executeTakeFirstOrThrow()
      ).public_key;
      // Vera's grant as a report key alone; Nina's holds both keys (as the recovery key gave it).
      await sql`update meldpunt_report_keys set sealed_key = ${sealTo(verasKey, byCode.privateKey)}
        where report_id = ${reportId} and user_id = ${veraUser.user.id}`.execute(t.services.db);
      // And the recovery key's copy as the report key alone.
      const recovery = recoveryKey.split('.')[0]!;
      await sql`update meldpunt_reports set key_for_recovery = ${sealTo(recovery, byCode.privateKey)}
        where id = ${reportId}`.execute(t.services.db);
      const trace = 'SPOOR-VAN-EEN-OUDE-NOTITIE';
      if (dialect === 'sqlite') {
        // A row deleted before secure_delete was on: its text stays in a free page of the file.
        await sql`PRAGMA secure_delete = OFF`.execute(t.services.db);
        await sql`insert into meldpunt_audit (id, school_id, report_id, user_id, action, detail, at)
          values ('spoor', ${schoolId}, null, null, 'opened', ${trace}, '2026-11-02')`.execute(t.services.db);
        await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(t.services.db);
        await sql`delete from meldpunt_audit where id = 'spoor'`.execute(t.services.db);
        await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(t.services.db);
        await sql`PRAGMA secure_delete = ON`.execute(t.services.db);
      }
      await migrateToLatest(t.services.db);
      if (dialect === 'sqlite') {
        const file = path.join(t.dataDir, 'kring.db');
        const raw = Buffer.concat(
          [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)),
        );
        expect(raw.includes(Buffer.from(trace))).toBe(false);
      }
      const flags = await t.services.db
        .selectFrom('meldpunt_report_keys')
        .select(['user_id', 'with_case_key'])
        .where('report_id', '=', reportId)
        .execute();
      expect(Object.fromEntries(flags.map((f) => [f.user_id, f.with_case_key]))).toEqual({
        [veraUser.user.id]: 0,
        [ninaId]: 1,
      });
      const report = await t.services.db
        .selectFrom('meldpunt_reports')
        .select('recovery_with_case_key')
        .where('id', '=', reportId)
        .executeTakeFirstOrThrow();
      expect(report.recovery_with_case_key).toBe(0);
    });
  });
}
