/** What every request meets: health, docs, headers, CSRF, validation, rate limits, logs, the school scope. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.ts';
import { buildOrganisation, buildSchool, buildUser, sessionFor } from '../helpers/factories.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

/** Tables that do not hold one school's data; every other table must carry school_id. */
const NOT_SCHOOL_DATA = new Set([
  'organisations',
  'schools',
  'users',
  'sessions',
  'password_resets',
  'settings',
  // A person's key pair for the reporting point belongs to them, like their password, not to one school.
  'confidant_keys',
  'kysely_migration',
  'kysely_migration_lock',
]);

const nastyBodies: unknown[] = [
  null,
  [],
  'text',
  42,
  { email: { $gt: '' } },
  { name: 'x'.repeat(100_000) },
  { token: '<script>alert(1)</script>', password: null, name: ['a'] },
  { locale: 'nl', role: 'root', kind: 'castle', code: '12345a', requireTotp: 'yes' },
];

for (const dialect of DIALECTS) {
  describe(`platform (${dialect})`, () => {
    let t: TestApp;
    const logLines: string[] = [];
    beforeAll(async () => {
      t = await startTestApp(dialect, { logLines });
    });
    afterAll(async () => t?.close());

    it('answers liveness and readiness', async () => {
      expect((await t.client().get('/health')).body).toEqual({ status: 'ok' });
      expect((await t.client().get('/ready')).body).toEqual({ status: 'ready' });
    });

    it('documents every API route in the OpenAPI document it serves', async () => {
      const doc = (await t.client().get('/api/openapi.json')).body;
      expect(doc.openapi).toMatch(/^3\./);
      const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
        ([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      );
      expect(doc.info.description).toContain('/api/live/ws');
      const documentable = (r: { url: string; websocket: boolean }) =>
        r.url.startsWith('/api/') && r.url !== '/api/openapi.json' && !r.websocket;
      for (const route of t.services.routes.filter(documentable)) {
        expect(documented).toContain(`${route.method} ${route.url}`);
      }
    });

    it('sends strict security headers on pages and API answers', async () => {
      for (const path of ['/', '/api/session']) {
        const { headers } = await t.client().get(path);
        const csp = headers.get('content-security-policy') ?? '';
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toMatch(/unsafe-inline|https?:/);
        expect(headers.get('x-content-type-options')).toBe('nosniff');
        expect(headers.get('referrer-policy')).toBe('no-referrer');
      }
      const login = await t.client().get('/api/session');
      const cookie = login.headers.getSetCookie().find((c) => c.startsWith('kring_csrf='));
      expect(cookie).toMatch(/SameSite=Strict/i);
    });

    it('sets the session cookie httpOnly and SameSite', async () => {
      const who = await buildUser(t.services, { organisationId: (await buildOrganisation(t.services)).id });
      const res = await t.client().post('/api/auth/login', { email: who.email, password: who.password });
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kring_session='));
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
    });

    it("refuses state-changing requests without the CSRF token, or with another session's token", async () => {
      const org = await buildOrganisation(t.services);
      const school = await buildSchool(t.services, org.id);
      const admin = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: org.id, isOrgAdmin: true }),
      );
      const other = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: org.id, isOrgAdmin: true }),
      );
      const missing = await admin.request(
        'POST',
        `/api/schools/${school.id}/teams`,
        { name: 'X' },
        { csrf: false },
      );
      expect(missing.status).toBe(403);
      expect(missing.body.error.code).toBe('errors.csrf');
      const foreign = await admin.request(
        'POST',
        `/api/schools/${school.id}/teams`,
        { name: 'X' },
        { csrf: false, headers: { 'x-csrf-token': other.cookie('kring_csrf')! } },
      );
      expect(foreign.status).toBe(403);
      expect((await admin.post(`/api/schools/${school.id}/teams`, { name: 'X' })).status).toBe(201);
    });

    it('answers bad input on every route with a translated 4xx, never a 500, and stores nothing', async () => {
      const org = await buildOrganisation(t.services);
      const school = await buildSchool(t.services, org.id);
      const admin = await sessionFor(
        t,
        await buildUser(t.services, {
          organisationId: org.id,
          isOrgAdmin: true,
          memberships: [{ schoolId: school.id, role: 'admin' }],
        }),
      );
      const teamsBefore = (await admin.get(`/api/schools/${school.id}/teams`)).body;
      for (const route of t.services.routes.filter((r) => r.hasBody)) {
        const url = route.url
          .replace(':schoolId', school.id)
          .replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');
        for (const body of nastyBodies) {
          const res = await admin.request(route.method, url, body);
          const label = `${route.method} ${route.url} with ${JSON.stringify(body).slice(0, 60)} → ${res.status}`;
          expect(res.status, label).toBeGreaterThanOrEqual(400);
          expect(res.status, label).toBeLessThan(500);
          expect(typeof res.body.error?.message, label).toBe('string');
        }
      }
      expect((await admin.get(`/api/schools/${school.id}/teams`)).body).toEqual(teamsBefore);
      const broken = await admin.request('POST', `/api/schools/${school.id}/teams`, undefined, {
        headers: { 'content-type': 'application/json' },
      });
      expect(broken.status).toBe(400);
    });

    it('answers a page path it cannot decode with a 4xx, not a 500', async () => {
      const status = (await fetch(`${t.url}/x%E0%A4%A`)).status;
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    });

    it('puts school_id on every table that holds school data', async () => {
      const db = t.services.db;
      const tables =
        dialect === 'sqlite'
          ? (
              await sql<{
                name: string;
              }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
            ).rows.map((r) => r.name)
          : (
              await sql<{
                name: string;
              }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(
                db,
              )
            ).rows.map((r) => r.name);
      expect(tables).toContain('teams');
      for (const table of tables.filter((name) => !NOT_SCHOOL_DATA.has(name))) {
        const columns =
          dialect === 'sqlite'
            ? (
                await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)
              ).rows.map((r) => r.name)
            : (
                await sql<{
                  name: string;
                }>`select column_name as name from information_schema.columns where table_name = ${table}`.execute(
                  db,
                )
              ).rows.map((r) => r.name);
        expect(columns, table).toContain('school_id');
      }
    });

    it('logs requests without email addresses, tokens or IP addresses', async () => {
      const org = await buildOrganisation(t.services);
      const school = await buildSchool(t.services, org.id);
      const admin = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: org.id, isOrgAdmin: true }),
      );
      await admin.post(`/api/schools/${school.id}/invitations`, {
        email: 'geheim.adres@voorbeeld.nl',
        role: 'teacher',
      });
      const token = new URL(Mailbox.link(await t.mailbox.latestTo('geheim.adres@voorbeeld.nl'))).hash.slice(
        7,
      );
      await t.client().post('/api/invitations/lookup', { token });
      await t.client().get(`/?token=${token}`);
      // The server's own address in its "listening" line is not a caller's address.
      const log = logLines.filter((line) => !line.includes('Server listening')).join('\n');
      expect(log).toContain('"path":"/api/invitations/lookup"');
      expect(log).not.toContain('geheim.adres');
      expect(log).not.toContain(token);
      expect(log).not.toContain('127.0.0.1');
      expect(log).not.toContain('kring_session');
    });

    it('lets a dozen colleagues sign in from one school network address in the same minute', async () => {
      const org = await buildOrganisation(t.services);
      const staff = await Promise.all(
        Array.from({ length: 12 }, () => buildUser(t.services, { organisationId: org.id })),
      );
      for (const who of staff) {
        const res = await t.client().post('/api/auth/login', { email: who.email, password: who.password });
        expect(res.status).toBe(200);
      }
    });

    it('limits sign-in attempts and says when to try again', async () => {
      const client = t.client();
      let last = await client.post('/api/auth/login', { email: 'a@b.nl', password: 'x' });
      for (let i = 0; i < 12 && last.status !== 429; i++) {
        last = await client.post('/api/auth/login', { email: 'a@b.nl', password: 'x' });
      }
      expect(last.status).toBe(429);
      expect(last.body.error.message).toMatch(/Wacht \d+ seconden/);
    });
  });
}
