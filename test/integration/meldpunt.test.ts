/**
 * The reporting point on both databases (PRODUCT M1–M3): a student files an anonymous report and comes back with
 * the receipt code; only the school's confidants can open it (every opening audited); the raw database holds
 * none of what the student wrote, and the receipt code with a copy of it opens no confidant's note; wrong codes
 * are throttled; a new confidant gets access from a colleague, and
 * after a password reset from the administrator's recovery key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyFromSecret, openSealed, unlock } from '../../src/platform/crypto/sodium.ts';
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

const STORY = 'Mijn stagebegeleider bij Bakkerij Zonneveld maakt steeds opmerkingen over mijn lichaam.';
const REPLY = 'Dank je dat je dit meldt. Zullen we woensdag in het vertrouwenskamertje praten?';
const ANSWER = 'Woensdag na het derde uur kan ik.';
const NOTE = 'Moeder gebeld: zij wist van niets.';
const STEP_NOTE = 'Praktijkopleider Hendriks gesproken.';
const AGREEMENTS = 'Andere begeleider vanaf maandag.';

for (const dialect of DIALECTS) {
  describe(`the reporting point (${dialect})`, () => {
    let t: TestApp;
    let schoolId: string;
    let code: string;
    let admin: ApiClient;
    let confidantUser: BuiltUser;
    let confidant: ApiClient;
    let receipt: string;
    let reportId: string;
    const student = () => t.client();
    const report = {
      category: 'sexual',
      location: 'internship',
      period: 'thisWeek',
      involved: ['internshipStaff'],
      needs: ['conversation', 'advice'],
      minor: 'yes',
      confidantId: null,
      content: { story: STORY, when: 'Maandag en dinsdag', who: 'Mijn begeleider', contact: null },
    };

    beforeAll(async () => {
      t = await startTestApp(dialect, { manualClock: true });
      t.clock.set(new Date('2026-11-23T09:00:00Z'));
      const org = await buildOrganisation(t.services);
      schoolId = (await buildSchool(t.services, org.id, 'Techniek College')).id;
      admin = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: org.id, memberships: [{ schoolId, role: 'admin' }] }),
      );
      confidantUser = await buildUser(t.services, {
        organisationId: org.id,
        name: 'Vera Vertrouwenspersoon',
        memberships: [{ schoolId, role: 'confidant' }],
        totp: true,
      });
      code = (await admin.get(`/api/schools/${schoolId}/meldpunt/settings`)).body.code;
    });
    afterAll(async () => t?.close());

    it('stays closed until a confidant has signed in, and says where else to go', async () => {
      expect((await student().get(`/api/meldpunt/${code}`)).body.open).toBe(false);
      const refused = await student().post(`/api/meldpunt/${code}/reports`, report);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/Kindertelefoon/);
      confidant = await signIn(t, confidantUser);
      const intro = 'Ik ben docent techniek en luister zonder oordeel.';
      expect((await confidant.put(`/api/schools/${schoolId}/meldpunt/intro`, { intro })).status).toBe(204);
      const page = await student().get(`/api/meldpunt/${code}`);
      expect(page.body).toMatchObject({
        schoolName: 'Techniek College',
        open: true,
        confidants: [{ name: 'Vera Vertrouwenspersoon', intro }],
        ackDays: 7,
        feedbackMonths: 3,
      });
    });

    it('gives the student a receipt code of 16 digits, and keeps nothing they wrote readable', async () => {
      const filed = await student().post(`/api/meldpunt/${code}/reports`, report);
      expect(filed.status).toBe(201);
      receipt = filed.body.receiptCode;
      expect(receipt).toMatch(/^\d{16}$/);
      const rows = await t.services.db.selectFrom('meldpunt_reports').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toMatch(/Zonneveld|stagebegeleider|Maandag|begeleider/);
      expect(JSON.stringify(rows)).not.toContain(receipt);
      if (dialect === 'sqlite') {
        // The raw file, as a copy of the database would be: no trace of the story.
        const raw = fs.readFileSync(path.join(t.dataDir, 'kring.db'));
        expect(raw.includes(Buffer.from('Zonneveld'))).toBe(false);
        expect(raw.includes(Buffer.from(receipt))).toBe(false);
      }
    });

    it('lets the confidant open it, and writes every opening to the audit log', async () => {
      const list = await confidant.get(`/api/schools/${schoolId}/meldpunt/reports`);
      expect(list.body.unlocked).toBe(true);
      expect(list.body.cases).toHaveLength(1);
      const [summary] = list.body.cases;
      expect(summary).toMatchObject({
        status: 'new',
        location: 'internship',
        anonymous: true,
        legalDuty: false,
        canOpen: true,
      });
      expect(JSON.stringify(list.body)).not.toContain('Zonneveld');
      reportId = summary.id;
      const opened = await confidant.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`);
      expect(opened.status).toBe(200);
      expect(opened.body.content.story).toBe(STORY);
      const audit = await admin.get(`/api/schools/${schoolId}/meldpunt/audit`);
      expect(audit.body).toContainEqual(
        expect.objectContaining({ reportId, action: 'opened', userName: 'Vera Vertrouwenspersoon' }),
      );
    });

    it('carries a two-way conversation with the anonymous student', async () => {
      const ack = await confidant.patch(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`, {
        status: 'acknowledged',
      });
      // The confidant corrects the registration; the legal duty follows it (not for internship-company staff).
      const corrected = await confidant.patch(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`, {
        category: 'bullying',
      });
      expect(corrected.body).toMatchObject({
        category: 'bullying',
        location: 'internship',
        legalDuty: false,
      });
      expect(ack.body.acknowledgedAt).not.toBeNull();
      expect(
        (
          await confidant.post(`/api/schools/${schoolId}/meldpunt/reports/${reportId}/messages`, {
            body: REPLY,
          })
        ).status,
      ).toBe(204);
      t.clock.advance(60 * 60_000);
      const back = await student().post(`/api/meldpunt/${code}/return`, {
        receiptCode: receipt.replace(/(\d{4})/g, '$1 '),
      });
      expect(back.status).toBe(200);
      expect(back.body.status).toBe('acknowledged');
      expect(back.body.content.story).toBe(STORY);
      expect(back.body.messages).toEqual([
        expect.objectContaining({ author: 'confidant', authorName: 'Vera Vertrouwenspersoon', body: REPLY }),
      ]);
      const answered = await student().post(`/api/meldpunt/${code}/return/messages`, {
        receiptCode: receipt,
        body: ANSWER,
      });
      expect(answered.status).toBe(204);
      const opened = await confidant.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`);
      expect(opened.body.messages.map((m: { body: string }) => m.body)).toEqual([REPLY, ANSWER]);
      const messages = await t.services.db.selectFrom('meldpunt_messages').selectAll().execute();
      expect(JSON.stringify(messages)).not.toMatch(/woensdag|Woensdag/);
    });

    it('keeps what confidants write shut to someone with the receipt code and a copy of the database', async () => {
      const base = `/api/schools/${schoolId}/meldpunt/reports/${reportId}`;
      expect((await confidant.post(`${base}/notes`, { body: NOTE })).status).toBe(204);
      await confidant.put(`${base}/steps/internship/talkCompany`, { done: true, note: STEP_NOTE });
      await confidant.post(`${base}/restorative`, {
        plannedAt: '2026-12-01T10:00',
        participants: 'De leerling en de praktijkopleider',
        agreements: AGREEMENTS,
      });
      const db = t.services.db;
      const row = await db
        .selectFrom('meldpunt_reports')
        .selectAll()
        .where('id', '=', reportId)
        .executeTakeFirstOrThrow();
      // The receipt code unlocks the report key, as the student's own device does: the story opens with it…
      const byCode = {
        publicKey: row.public_key,
        privateKey: unlock(keyFromSecret(receipt, row.code_salt), row.key_by_code),
      };
      expect(JSON.parse(openSealed(byCode, row.content)).story).toBe(STORY);
      // …but nothing a confidant wrote, and no copy of the case key (the grants, the recovery key's copy).
      const [notes, steps, restorative, grants] = await Promise.all([
        db.selectFrom('meldpunt_notes').select('body').where('report_id', '=', reportId).execute(),
        db.selectFrom('meldpunt_steps').select('note').where('report_id', '=', reportId).execute(),
        db.selectFrom('meldpunt_restorative').selectAll().where('report_id', '=', reportId).execute(),
        db
          .selectFrom('meldpunt_report_keys')
          .select('sealed_key')
          .where('report_id', '=', reportId)
          .execute(),
      ]);
      const sealed = [
        ...notes.map((n) => n.body),
        ...steps.map((x) => x.note),
        ...restorative.flatMap((r) => [r.participants, r.agreements]),
        ...grants.map((g) => g.sealed_key),
      ];
      expect(sealed).toHaveLength(4 + grants.length);
      for (const text of sealed) expect(() => openSealed(byCode, text)).toThrow();
      expect(JSON.stringify([notes, steps, restorative])).not.toMatch(/Hendriks|Moeder|begeleider/);
      if (dialect === 'sqlite') {
        const raw = fs.readFileSync(path.join(t.dataDir, 'kring.db'));
        expect(raw.includes(Buffer.from('Hendriks'))).toBe(false);
      }
      // The confidant reads them as written.
      expect((await confidant.get(`${base}/notes`)).body[0].body).toBe(NOTE);
      expect((await confidant.get(`${base}/restorative`)).body[0].agreements).toBe(AGREEMENTS);
    });

    it('throttles wrong codes per source with a growing wait, also for the right code meanwhile', async () => {
      const wrong = (digits: string) =>
        student().post(`/api/meldpunt/${code}/return`, { receiptCode: digits });
      for (let i = 0; i < 3; i++) expect((await wrong(`000000000000000${i}`)).status).toBe(404);
      const throttled = await wrong('0000000000000009');
      expect(throttled.status).toBe(429);
      expect(throttled.body.error.message).toMatch(/Wacht een seconde/);
      expect((await student().post(`/api/meldpunt/${code}/return`, { receiptCode: receipt })).status).toBe(
        429,
      );
      t.clock.advance(1500);
      expect((await wrong('0000000000000010')).status).toBe(404);
      const longer = await wrong('0000000000000011');
      expect(longer.status).toBe(429);
      expect(longer.body.error.message).toMatch(/ 2 seconden/);
      t.clock.advance(3000);
      expect((await student().post(`/api/meldpunt/${code}/return`, { receiptCode: receipt })).status).toBe(
        200,
      );
      expect((await student().post(`/api/meldpunt/${code}/return`, { receiptCode: '12' })).status).toBe(400);
    });

    it('opens no content for anyone but the confidants', async () => {
      const org = await organisationOf(t.services, schoolId);
      for (const role of ['admin', 'coordinator', 'leader', 'teacher', 'facilitator'] as const) {
        const who = await sessionFor(
          t,
          await buildUser(t.services, { organisationId: org, memberships: [{ schoolId, role }], totp: true }),
        );
        expect((await who.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`)).status, role).toBe(
          403,
        );
        expect((await who.get(`/api/schools/${schoolId}/meldpunt/reports`)).status, role).toBe(403);
      }
      const elsewhere = await buildSchool(t.services, org, 'Ander College');
      const otherConfidant = await buildUser(t.services, {
        organisationId: org,
        memberships: [{ schoolId: elsewhere.id, role: 'confidant' }],
        totp: true,
      });
      const other = await signIn(t, otherConfidant);
      expect((await other.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`)).status).toBe(403);
      // Through their own school's path the report does not exist.
      expect((await other.get(`/api/schools/${elsewhere.id}/meldpunt/reports/${reportId}`)).status).toBe(404);
    });

    it('gives a new confidant access through a colleague, and after a password reset through the recovery key', async () => {
      const org = await organisationOf(t.services, schoolId);
      const newcomerUser = await buildUser(t.services, {
        organisationId: org,
        name: 'Nina Nieuw',
        memberships: [{ schoolId, role: 'confidant' }],
        totp: true,
      });
      // Each sign-in takes a fresh TOTP code: a code is used once.
      t.clock.advance(31_000);
      let newcomer = await signIn(t, newcomerUser);
      const before = await newcomer.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`);
      expect(before.status).toBe(403);
      expect(before.body.error.code).toBe('errors.meldpuntNoAccess');
      // Nor can she close (and so, in time, purge) a case she cannot read.
      const closing = await newcomer.patch(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`, {
        status: 'closed',
      });
      expect(closing.status).toBe(403);
      expect(closing.body.error.code).toBe('errors.meldpuntNoAccess');
      // Access is never shared on its own: Vera sees that Nina cannot open cases yet, and gives her access.
      const list = await confidant.get(`/api/schools/${schoolId}/meldpunt/reports`);
      expect(list.body.colleaguesWithoutAccess).toEqual([
        { userId: newcomerUser.user.id, name: 'Nina Nieuw' },
      ]);
      const granted = await confidant.post(`/api/schools/${schoolId}/meldpunt/grants`, {
        userId: newcomerUser.user.id,
      });
      expect(granted.body.granted).toBe(1);
      expect(
        (await newcomer.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`)).body.content.story,
      ).toBe(STORY);
      const log = await admin.get(`/api/schools/${schoolId}/meldpunt/audit`);
      expect(log.body).toContainEqual(
        expect.objectContaining({
          action: 'granted',
          userName: 'Vera Vertrouwenspersoon',
          detail: `Nina Nieuw <${newcomerUser.email}>`,
        }),
      );

      // The administrator makes the recovery key (shown once); Vera's next look seals the report to it too.
      const made = await admin.post(`/api/schools/${schoolId}/meldpunt/recovery-key`);
      expect(made.status).toBe(201);
      const recoveryKey: string = made.body.recoveryKey;
      expect((await admin.post(`/api/schools/${schoolId}/meldpunt/recovery-key`)).status).toBe(409);
      await confidant.get(`/api/schools/${schoolId}/meldpunt/reports`);

      // Nina forgets her password and sets a new one through the mailed link: her old key is gone with it.
      await t.client().post('/api/auth/password-reset', { email: newcomerUser.email });
      const link = Mailbox.link(await t.mailbox.latestTo(newcomerUser.email));
      const token = new URL(link).hash.replace(/^#token=/, '');
      const reset = await t.client().post('/api/auth/password-reset/complete', {
        token,
        password: 'een-heel-nieuw-wachtwoord',
      });
      expect(reset.status).toBe(200);
      t.clock.advance(31_000);
      newcomer = await signIn(t, { ...newcomerUser, password: 'een-heel-nieuw-wachtwoord' });
      expect((await newcomer.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`)).status).toBe(403);
      const wrongKey = await admin.post(`/api/schools/${schoolId}/meldpunt/recovery-key/use`, {
        recoveryKey: `${recoveryKey.slice(0, -4)}AAAA`,
      });
      expect(wrongKey.status).toBe(400);
      const used = await admin.post(`/api/schools/${schoolId}/meldpunt/recovery-key/use`, { recoveryKey });
      expect(used.body.granted).toBe(1);
      expect(
        (await newcomer.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`)).body.content.story,
      ).toBe(STORY);
      const audit = await admin.get(`/api/schools/${schoolId}/meldpunt/audit`);
      expect(audit.body.map((a: { action: string }) => a.action)).toContain('recoveryKeyUsed');
    });

    it('reopens a closed case when the student writes, and tells the confidants without saying what', async () => {
      confidant = await signIn(t, { ...confidantUser });
      await confidant.patch(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`, { status: 'closed' });
      const before = t.mailbox.messages.length;
      t.clock.advance(31_000);
      const wrote = await student().post(`/api/meldpunt/${code}/return/messages`, {
        receiptCode: receipt,
        body: 'Het gebeurt weer, kunt u helpen?',
      });
      expect(wrote.status).toBe(204);
      await t.settled();
      const reopened = (await confidant.get(`/api/schools/${schoolId}/meldpunt/reports`)).body.cases[0];
      expect(reopened).toMatchObject({ status: 'inProgress', closedAt: null });
      const mail = t.mailbox.messages.slice(before).find((m) => m.to.includes(confidantUser.email));
      expect(mail?.text).toContain(`/meldpunt/${schoolId}/${reportId}`);
      expect(mail?.text).not.toMatch(/gebeurt weer/);
    });

    it('gives the student their receipt code even when the mail to the confidants is refused', async () => {
      const before = t.mailbox.messages.length;
      t.mailbox.refused.add(confidantUser.email.toLowerCase());
      try {
        const filed = await student().post(`/api/meldpunt/${code}/reports`, report);
        expect(filed.status).toBe(201);
        expect(filed.body.receiptCode).toMatch(/^\d{16}$/);
        const answered = await student().post(`/api/meldpunt/${code}/return/messages`, {
          receiptCode: filed.body.receiptCode,
          body: 'Nog iets vergeten.',
        });
        expect(answered.status).toBe(204);
        await t.settled();
      } finally {
        t.mailbox.refused.delete(confidantUser.email.toLowerCase());
      }
      // Nina, the other confidant, still heard of both.
      const heard = t.mailbox.messages.slice(before).map((m) => m.to);
      expect(heard.filter((to) => to.includes('@'))).toHaveLength(2);
      expect(heard.some((to) => to.includes(confidantUser.email))).toBe(false);
    });

    it("takes a confidant's access away with the role", async () => {
      const people = (await admin.get(`/api/schools/${schoolId}/people`)).body as {
        name: string;
        role: string;
        membershipId: string;
        userId: string;
      }[];
      const nina = people.find((p) => p.name === 'Nina Nieuw' && p.role === 'confidant')!;
      expect((await admin.delete(`/api/schools/${schoolId}/memberships/${nina.membershipId}`)).status).toBe(
        204,
      );
      const grants = await t.services.db
        .selectFrom('meldpunt_report_keys')
        .selectAll()
        .where('user_id', '=', nina.userId)
        .execute();
      expect(grants).toEqual([]);
      const keys = await t.services.db
        .selectFrom('confidant_keys')
        .selectAll()
        .where('user_id', '=', nina.userId)
        .execute();
      expect(keys).toEqual([]);
    });
  });
}
