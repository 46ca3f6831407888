/**
 * A confidant's password locks the key to every report of their school, so the role asks for a longer one (15
 * characters) wherever a password is chosen: accepting an invitation, changing it, resetting it. Someone who gets
 * the role while their password is shorter keeps signing in, but their key is not made (or, if it was made before
 * this rule, not opened) until they choose a longer one; the access they had stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyFromSecret, lock, newKeyPair, newSalt } from '../../src/platform/crypto/sodium.ts';
import { totpCode } from '../../src/platform/crypto/totp.ts';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import {
  type BuiltUser,
  buildOrganisation,
  buildSchool,
  buildUser,
  sessionFor,
} from '../helpers/factories.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const SHORT = 'twaalf-tekens'; // 13 characters: enough for a teacher, not for a confidant
const LONG = 'een zin van vijf woorden';

for (const dialect of DIALECTS) {
  describe(`a confidant's password (${dialect})`, () => {
    let t: TestApp;
    let orgId: string;
    let schoolId: string;
    let admin: ApiClient;
    let code: string;
    /** Tom: a confidant with a long password since the second test. */
    let tom: BuiltUser;

    /** Invites `email` as a confidant and returns the link's token. */
    async function inviteConfidant(email: string): Promise<string> {
      expect(
        (await admin.post(`/api/schools/${schoolId}/invitations`, { email, role: 'confidant' })).status,
      ).toBe(201);
      return new URL(Mailbox.link(await t.mailbox.latestTo(email))).hash.replace(/^#token=/, '');
    }

    /** Signs in with the password and the two-step code, as the login page does. */
    async function signInWith(who: BuiltUser, password: string): Promise<ApiClient> {
      const client = t.client();
      expect((await client.post('/api/auth/login', { email: who.email, password })).status).toBe(200);
      t.clock.advance(31_000);
      const step = await client.post('/api/auth/totp', { code: totpCode(who.totpSecret!, t.clock.now()) });
      expect(step.status).toBe(200);
      return client;
    }

    beforeAll(async () => {
      t = await startTestApp(dialect, { manualClock: true });
      t.clock.set(new Date('2026-11-02T09:00:00Z'));
      orgId = (await buildOrganisation(t.services)).id;
      schoolId = (await buildSchool(t.services, orgId, 'Sterk College')).id;
      admin = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: orgId, memberships: [{ schoolId, role: 'admin' }] }),
      );
      code = (await admin.get(`/api/schools/${schoolId}/meldpunt/settings`)).body.code;
    });
    afterAll(async () => t?.close());

    it('asks a new confidant for at least 15 characters when accepting the invitation, and says why', async () => {
      const token = await inviteConfidant(`nieuw.${dialect}@sterk.nl`);
      const refused = await t
        .client()
        .post('/api/invitations/accept', { token, name: 'Noor', password: SHORT });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toBe(
        'Als vertrouwenspersoon heb je een wachtwoord van minstens 15 tekens nodig.',
      );
      expect(refused.body.error.fields.password).toMatch(
        /^Gebruik minstens 15 tekens\. .*sleutel tot de meldingen/,
      );
      const english = await t
        .client('en')
        .post('/api/invitations/accept', { token, name: 'Noor', password: SHORT });
      expect(english.body.error.message).toBe(
        'As a confidant you need a password of at least 15 characters.',
      );
      const accepted = await t
        .client()
        .post('/api/invitations/accept', { token, name: 'Noor', password: LONG });
      expect(accepted.status).toBe(200);
    });

    it('makes no key for someone who became a confidant with a shorter password, until they choose a longer one', async () => {
      tom = await buildUser(t.services, {
        organisationId: orgId,
        name: 'Tom Leraar',
        email: `tom.${dialect}@sterk.nl`,
        password: SHORT,
        memberships: [{ schoolId, role: 'teacher' }],
        totp: true,
      });
      const token = await inviteConfidant(tom.email);
      const client = t.client();
      expect((await client.post('/api/invitations/accept', { token, password: SHORT })).status).toBe(200);
      t.clock.advance(31_000);
      const session = await client.post('/api/auth/totp', { code: totpCode(tom.totpSecret!, t.clock.now()) });
      expect(session.body.user).toMatchObject({ passwordTooShort: true, passwordMin: 15 });
      const keyOf = () =>
        t.services.db
          .selectFrom('confidant_keys')
          .select('user_id')
          .where('user_id', '=', tom.user.id)
          .execute();
      expect(await keyOf()).toEqual([]);
      const list = await client.get(`/api/schools/${schoolId}/meldpunt/reports`);
      expect(list.body.unlocked).toBe(false);

      const tooShort = await client.post('/api/account/password', {
        currentPassword: SHORT,
        newPassword: 'veertien-teken',
      });
      expect(tooShort.status).toBe(400);
      expect(tooShort.body.error.fields.newPassword).toMatch(/^Gebruik minstens 15 tekens\./);
      const changed = await client.post('/api/account/password', {
        currentPassword: SHORT,
        newPassword: LONG,
      });
      expect(changed.status).toBe(204);
      // The key is made with the new password and opens in this very session.
      expect(await keyOf()).toHaveLength(1);
      expect((await client.get('/api/session')).body.user.passwordTooShort).toBe(false);
      expect((await client.get(`/api/schools/${schoolId}/meldpunt/reports`)).body.unlocked).toBe(true);
    });

    it('keeps a key made under a short password shut until a longer one is chosen, and access stays', async () => {
      const old = await buildUser(t.services, {
        organisationId: orgId,
        name: 'Olga Oud',
        email: `olga.${dialect}@sterk.nl`,
        password: SHORT,
        memberships: [{ schoolId, role: 'confidant' }],
        totp: true,
      });
      // Her key from before the rule: locked under her 13-character password.
      const pair = newKeyPair();
      const salt = newSalt();
      await t.services.db
        .insertInto('confidant_keys')
        .values({
          user_id: old.user.id,
          public_key: pair.publicKey,
          locked_private_key: lock(keyFromSecret(SHORT, salt), pair.privateKey),
          salt,
          created_at: t.clock.now().toISOString(),
          weak: 0,
        })
        .execute();
      const filed = await t.client().post(`/api/meldpunt/${code}/reports`, {
        category: 'bullying',
        location: 'online',
        period: 'today',
        involved: ['student'],
        needs: ['conversation'],
        minor: 'yes',
        confidantId: old.user.id,
        content: { story: 'In de groepsapp lachen ze me uit.', when: '', who: '', contact: null },
      });
      expect(filed.status).toBe(201);
      const olga = await signInWith(old, SHORT);
      const cases = (await olga.get(`/api/schools/${schoolId}/meldpunt/reports`)).body.cases;
      const reportId = cases.find((c: { canOpen: boolean }) => c.canOpen).id;
      const shut = await olga.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`);
      expect(shut.status).toBe(409);
      expect(shut.body.error.message).toMatch(/minstens 15 tekens/);

      // Now that Kring knows her key is under a short password, nothing new is sealed to it.
      const readiness = async () =>
        (await admin.get(`/api/schools/${schoolId}/meldpunt/settings`)).body.confidants.find(
          (c: { name: string }) => c.name === 'Olga Oud',
        );
      expect(await readiness()).toMatchObject({ ready: false, weakPassword: true });
      // Students are not offered her as the one to talk to, since their report would not reach her.
      const page = (await t.client().get(`/api/meldpunt/${code}`)).body;
      expect(page.confidants.map((c: { name: string }) => c.name)).not.toContain('Olga Oud');
      const later = await t.client().post(`/api/meldpunt/${code}/reports`, {
        category: 'bullying',
        location: 'school',
        period: 'today',
        involved: ['student'],
        needs: ['conversation'],
        minor: 'yes',
        confidantId: null,
        content: { story: 'Ze verstoppen mijn tas.', when: '', who: '', contact: null },
      });
      expect(later.status).toBe(201);
      // Nor a signal from staff.
      const signal = await admin.post(`/api/schools/${schoolId}/meldpunt/signals`, {
        body: 'Een leerling zit elke pauze alleen.',
      });
      expect(signal.status).toBe(201);
      const grantsOfOlga = () =>
        t.services.db
          .selectFrom('meldpunt_report_keys')
          .select('report_id')
          .where('user_id', '=', old.user.id)
          .execute();
      expect(await grantsOfOlga()).toEqual([{ report_id: reportId }]);
      const tomClient = await signInWith(tom, LONG);
      const tomsList = (await tomClient.get(`/api/schools/${schoolId}/meldpunt/reports`)).body;
      expect(tomsList.colleaguesWithoutAccess).not.toContainEqual(
        expect.objectContaining({ name: 'Olga Oud' }),
      );
      const refused = await tomClient.post(`/api/schools/${schoolId}/meldpunt/grants`, {
        userId: old.user.id,
      });
      expect(refused.status).toBe(400);
      expect(await grantsOfOlga()).toHaveLength(1);

      expect(
        (await olga.post('/api/account/password', { currentPassword: SHORT, newPassword: LONG })).status,
      ).toBe(204);
      const opened = await olga.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`);
      expect(opened.body.content.story).toBe('In de groepsapp lachen ze me uit.');
      // With a long password her key counts again: Tom can give her the newer case.
      expect(await readiness()).toMatchObject({ ready: true, weakPassword: false });
      const again = (await tomClient.get(`/api/schools/${schoolId}/meldpunt/reports`)).body;
      expect(again.colleaguesWithoutAccess).toContainEqual({ userId: old.user.id, name: 'Olga Oud' });
      expect(
        (await tomClient.post(`/api/schools/${schoolId}/meldpunt/grants`, { userId: old.user.id })).body
          .granted,
      ).toBeGreaterThanOrEqual(1);
      expect(await grantsOfOlga()).toHaveLength(3);
    });

    it('refuses a short password on reset without using up the link, and leaves teachers at 10', async () => {
      const email = `nieuw.${dialect}@sterk.nl`;
      const invitation = await t.mailbox.latestTo(email);
      await t.client().post('/api/auth/password-reset', { email });
      await expect.poll(async () => (await t.mailbox.latestTo(email)) !== invitation).toBe(true);
      const token = new URL(Mailbox.link(await t.mailbox.latestTo(email))).hash.replace(/^#token=/, '');
      const refused = await t.client().post('/api/auth/password-reset/complete', { token, password: SHORT });
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields.password).toMatch(/^Gebruik minstens 15 tekens\./);
      const done = await t.client().post('/api/auth/password-reset/complete', { token, password: LONG });
      expect(done.status).toBe(200);

      const teacher = await buildUser(t.services, {
        organisationId: orgId,
        memberships: [{ schoolId, role: 'teacher' }],
      });
      const client = await sessionFor(t, teacher);
      const me = (await client.get('/api/session')).body.user;
      expect(me).toMatchObject({ passwordMin: 10, passwordTooShort: false });
      expect(
        (
          await client.post('/api/account/password', {
            currentPassword: teacher.password,
            newPassword: 'tien-tekens',
          })
        ).status,
      ).toBe(204);
    });
  });
}
