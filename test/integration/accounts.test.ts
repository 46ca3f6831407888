/** The account flows a school goes through, over HTTP, with real mail, on every database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupToken } from '../../src/modules/accounts/commands/setup.ts';
import { totpCode } from '../../src/platform/crypto/totp.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import { buildOrganisation, buildSchool, buildUser, PASSWORD, sessionFor } from '../helpers/factories.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');

for (const dialect of DIALECTS) {
  describe(`first run (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect);
    });
    afterAll(async () => t?.close());

    it('creates the organisation and first administrator once, with the printed token only', async () => {
      const token = (await issueSetupToken(t.services))!;
      const client = t.client();
      expect((await client.get('/api/session')).body).toMatchObject({
        state: 'anonymous',
        setupRequired: true,
      });
      const body = {
        token: `${token}x`,
        organisationName: 'Stichting De Brug',
        name: 'Ada',
        email: 'Ada@Brug.nl',
        password: PASSWORD,
      };
      const wrong = await client.post('/api/setup', body);
      expect(wrong.status).toBe(403);
      const ok = await client.post('/api/setup', { ...body, token });
      expect(ok.status).toBe(200);
      expect(ok.body.user).toMatchObject({
        email: 'ada@brug.nl',
        isOrgAdmin: true,
        organisation: { name: 'Stichting De Brug' },
      });
      const again = await t.client().post('/api/setup', { ...body, token });
      expect(again.status).toBe(409);
      expect(await issueSetupToken(t.services)).toBeUndefined();
      expect((await t.client().get('/api/session')).body.setupRequired).toBe(false);
    });
  });

  describe(`accounts (${dialect})`, () => {
    let t: TestApp;
    let orgId: string;
    let schoolId: string;
    beforeAll(async () => {
      t = await startTestApp(dialect, { manualClock: true });
      orgId = (await buildOrganisation(t.services)).id;
      schoolId = (await buildSchool(t.services, orgId, 'Het Baken')).id;
    });
    afterAll(async () => t?.close());

    it('signs in with email and password, and refuses a wrong password without saying which part was wrong', async () => {
      const who = await buildUser(t.services, { organisationId: orgId, email: 'Jan@School.nl' });
      const wrong = await t
        .client()
        .post('/api/auth/login', { email: 'jan@school.nl', password: 'wrong-password' });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error.message).toBe('Dit e-mailadres en wachtwoord horen niet bij elkaar.');
      const unknown = await t
        .client()
        .post('/api/auth/login', { email: 'nobody@school.nl', password: 'wrong-password' });
      expect(unknown.body).toEqual(wrong.body);
      const client = t.client();
      const ok = await client.post('/api/auth/login', { email: ' JAN@school.nl ', password: who.password });
      expect(ok.body.state).toBe('active');
      expect(client.cookie('kring_session')).toBeTruthy();
      expect((await client.post('/api/auth/logout')).status).toBe(204);
      expect((await client.get('/api/session')).body.state).toBe('anonymous');
    });

    it('invites a teacher by mail; the invitee follows the link, sets a password and is signed in', async () => {
      const admin = await buildUser(t.services, {
        organisationId: orgId,
        memberships: [{ schoolId, role: 'admin' }],
      });
      const client = await sessionFor(t, admin);
      const sent = await client.post(`/api/schools/${schoolId}/invitations`, {
        email: 'nieuw@baken.nl',
        role: 'teacher',
      });
      expect(sent.status).toBe(201);
      const mail = await t.mailbox.latestTo('nieuw@baken.nl');
      expect(mail.subject).toContain('Het Baken');
      expect(mail.text).toContain('docent');
      const link = Mailbox.link(mail);
      expect(link).toMatch(/\/uitnodiging#token=/);
      const invitee = t.client();
      const lookup = await invitee.post('/api/invitations/lookup', { token: tokenOf(link) });
      expect(lookup.body).toEqual({
        email: 'nieuw@baken.nl',
        schoolName: 'Het Baken',
        organisationName: 'Stichting Test',
        role: 'teacher',
        existingAccount: false,
      });
      const tooShort = await invitee.post('/api/invitations/accept', {
        token: tokenOf(link),
        name: 'Nina',
        password: 'kort',
      });
      expect(tooShort.status).toBe(400);
      expect(tooShort.body.error.fields.password).toBe('Gebruik minstens 10 tekens.');
      const accepted = await invitee.post('/api/invitations/accept', {
        token: tokenOf(link),
        name: 'Nina',
        password: PASSWORD,
      });
      expect(accepted.body.user.memberships).toMatchObject([{ schoolName: 'Het Baken', role: 'teacher' }]);
      const reused = await t
        .client()
        .post('/api/invitations/accept', { token: tokenOf(link), name: 'X', password: PASSWORD });
      expect(reused.status).toBe(400);
      const people = await client.get(`/api/schools/${schoolId}/people`);
      expect(people.body.map((p: { email: string }) => p.email)).toContain('nieuw@baken.nl');
      expect((await client.get(`/api/schools/${schoolId}/invitations`)).body).toEqual([]);
    });

    it('gives one person different roles in different schools, added with their existing password', async () => {
      const other = await buildSchool(t.services, orgId, 'De Vlinder');
      const person = await buildUser(t.services, {
        organisationId: orgId,
        memberships: [{ schoolId, role: 'teacher' }],
      });
      const admin = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: orgId, isOrgAdmin: true }),
      );
      await admin.post(`/api/schools/${other.id}/invitations`, { email: person.email, role: 'coordinator' });
      const token = tokenOf(Mailbox.link(await t.mailbox.latestTo(person.email)));
      const client = t.client();
      expect((await client.post('/api/invitations/lookup', { token })).body.existingAccount).toBe(true);
      expect(
        (await client.post('/api/invitations/accept', { token, password: 'not-my-password' })).status,
      ).toBe(400);
      const ok = await client.post('/api/invitations/accept', { token, password: person.password });
      const roles = ok.body.user.memberships.map(
        (m: { schoolName: string; role: string }) => `${m.schoolName}:${m.role}`,
      );
      expect(roles.sort()).toEqual(['De Vlinder:coordinator', 'Het Baken:teacher']);
    });

    it('stops a revoked or expired invitation link from working', async () => {
      const admin = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: orgId, isOrgAdmin: true }),
      );
      const sent = await admin.post(`/api/schools/${schoolId}/invitations`, {
        email: 'weg@baken.nl',
        role: 'leader',
      });
      const token = tokenOf(Mailbox.link(await t.mailbox.latestTo('weg@baken.nl')));
      expect((await admin.delete(`/api/schools/${schoolId}/invitations/${sent.body.id}`)).status).toBe(204);
      expect((await t.client().post('/api/invitations/lookup', { token })).status).toBe(400);
      await admin.post(`/api/schools/${schoolId}/invitations`, { email: 'laat@baken.nl', role: 'leader' });
      const late = tokenOf(Mailbox.link(await t.mailbox.latestTo('laat@baken.nl')));
      t.clock.advance(15 * 24 * 3600_000);
      expect((await t.client().post('/api/invitations/lookup', { token: late })).status).toBe(400);
    });

    it('resets a forgotten password through a one-time mailed link and signs out other sessions', async () => {
      const who = await buildUser(t.services, { organisationId: orgId, email: 'vergeten@baken.nl' });
      const elsewhere = await sessionFor(t, who);
      expect((await t.client().post('/api/auth/password-reset', { email: 'onbekend@baken.nl' })).status).toBe(
        204,
      );
      expect((await t.client().post('/api/auth/password-reset', { email: 'vergeten@baken.nl' })).status).toBe(
        204,
      );
      const token = tokenOf(Mailbox.link(await t.mailbox.latestTo('vergeten@baken.nl')));
      expect(t.mailbox.messages.some((m) => m.to.includes('onbekend@baken.nl'))).toBe(false);
      const client = t.client();
      const done = await client.post('/api/auth/password-reset/complete', {
        token,
        password: 'a-brand-new-password',
      });
      expect(done.body.state).toBe('active');
      expect((await elsewhere.get('/api/session')).body.state).toBe('anonymous');
      expect(
        (
          await t
            .client()
            .post('/api/auth/password-reset/complete', { token, password: 'another-new-password' })
        ).status,
      ).toBe(400);
      const login = await t
        .client()
        .post('/api/auth/login', { email: 'vergeten@baken.nl', password: 'a-brand-new-password' });
      expect(login.body.state).toBe('active');
    });

    it('signs out every other session of the account when its password changes', async () => {
      const who = await buildUser(t.services, { organisationId: orgId });
      const here = await sessionFor(t, who);
      const stolen = await sessionFor(t, who);
      const changed = await here.post('/api/account/password', {
        currentPassword: who.password,
        newPassword: 'een-heel-nieuw-wachtwoord',
      });
      expect(changed.status).toBe(204);
      expect((await here.get('/api/session')).body.state).toBe('active');
      expect((await stolen.get('/api/session')).body.state).toBe('anonymous');
    });

    it('does not let a session alone swap a working second factor for another app', async () => {
      const who = await buildUser(t.services, { organisationId: orgId, totp: true });
      const client = await sessionFor(t, who);
      const swap = await client.post('/api/account/totp/setup');
      expect(swap.status).toBe(409);
      expect(swap.body.error.code).toBe('errors.totpAlreadyOn');
    });

    it('switches TOTP on, then asks for a code at sign-in, and refuses a replayed code', async () => {
      const who = await buildUser(t.services, { organisationId: orgId });
      const client = await sessionFor(t, who);
      const setup = await client.post('/api/account/totp/setup');
      expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\//);
      expect(setup.body.qrSvg).toContain('<svg');
      expect((await client.post('/api/account/totp/enable', { code: '000000' })).status).toBe(400);
      const enabled = await client.post('/api/account/totp/enable', {
        code: totpCode(setup.body.secret, t.clock.now()),
      });
      expect(enabled.body.user.totpEnabled).toBe(true);

      t.clock.advance(60_000);
      const login = t.client();
      const first = await login.post('/api/auth/login', { email: who.email, password: who.password });
      expect(first.body).toMatchObject({ state: 'totp_pending', user: null });
      expect((await login.get(`/api/schools/${schoolId}`)).status).toBe(401);
      const code = totpCode(setup.body.secret, t.clock.now());
      expect((await login.post('/api/auth/totp', { code })).body.state).toBe('active');
      const replay = t.client();
      await replay.post('/api/auth/login', { email: who.email, password: who.password });
      expect((await replay.post('/api/auth/totp', { code })).status).toBe(400);
    });

    it('requires TOTP of a confidant before anything else, and will not let them switch it off', async () => {
      const who = await buildUser(t.services, {
        organisationId: orgId,
        memberships: [{ schoolId, role: 'confidant' }],
      });
      const client = await sessionFor(t, who);
      const session = await client.get('/api/session');
      expect(session.body).toMatchObject({ state: 'totp_setup_required', user: { totpRequired: true } });
      const blocked = await client.get(`/api/schools/${schoolId}`);
      expect(blocked.status).toBe(403);
      expect(blocked.body.error.code).toBe('errors.totpRequired');
      const setup = await client.post('/api/account/totp/setup');
      await client.post('/api/account/totp/enable', { code: totpCode(setup.body.secret, t.clock.now()) });
      expect((await client.get(`/api/schools/${schoolId}`)).status).toBe(200);
      const off = await client.post('/api/account/totp/disable', { password: who.password });
      expect(off.status).toBe(400);
      expect(off.body.error.code).toBe('errors.totpCannotDisable');
    });

    it('lets a school require TOTP of everyone', async () => {
      const school = await buildSchool(t.services, orgId, 'Streng College');
      const admin = await buildUser(t.services, {
        organisationId: orgId,
        memberships: [{ schoolId: school.id, role: 'admin' }],
      });
      const teacher = await buildUser(t.services, {
        organisationId: orgId,
        memberships: [{ schoolId: school.id, role: 'teacher' }],
      });
      const adminClient = await sessionFor(t, admin);
      const changed = await adminClient.patch(`/api/schools/${school.id}`, { requireTotp: true });
      expect(changed.body.requireTotp).toBe(true);
      expect((await (await sessionFor(t, teacher)).get('/api/session')).body.state).toBe(
        'totp_setup_required',
      );
    });

    it('remembers the language choice and answers errors in it', async () => {
      const who = await buildUser(t.services, { organisationId: orgId });
      const client = await sessionFor(t, who);
      expect((await client.post('/api/account/locale', { locale: 'en' })).status).toBe(204);
      expect((await client.get('/api/session')).body.user.locale).toBe('en');
      const bad = await client.request(
        'POST',
        '/api/account/locale',
        { locale: 'fr' },
        { headers: { 'accept-language': 'nl' } },
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toBe(
        'Not everything is filled in correctly. Look at the marked fields.',
      );
      expect(bad.body.error.fields.locale).toBe('Choose one of the options.');
    });

    it('manages teams: add, rename, refuse duplicates, refuse deleting a team with people', async () => {
      const admin = await buildUser(t.services, {
        organisationId: orgId,
        memberships: [{ schoolId, role: 'admin' }],
      });
      const client = await sessionFor(t, admin);
      const team = await client.post(`/api/schools/${schoolId}/teams`, { name: 'Onderbouw' });
      expect(team.status).toBe(201);
      expect((await client.post(`/api/schools/${schoolId}/teams`, { name: 'Onderbouw' })).status).toBe(409);
      const renamed = await client.patch(`/api/schools/${schoolId}/teams/${team.body.id}`, {
        name: 'Onderbouw 1-2',
      });
      expect(renamed.body).toEqual({ id: team.body.id, name: 'Onderbouw 1-2', memberCount: 0 });
      await buildUser(t.services, {
        organisationId: orgId,
        memberships: [{ schoolId, role: 'teacher', teamId: team.body.id }],
      });
      expect((await client.delete(`/api/schools/${schoolId}/teams/${team.body.id}`)).status).toBe(409);
      const empty = await client.post(`/api/schools/${schoolId}/teams`, { name: 'Leeg' });
      expect((await client.delete(`/api/schools/${schoolId}/teams/${empty.body.id}`)).status).toBe(204);
      const names = (await client.get(`/api/schools/${schoolId}/teams`)).body.map(
        (x: { name: string }) => x.name,
      );
      expect(names).toContain('Onderbouw 1-2');
      expect(names).not.toContain('Leeg');
    });
  });
}
