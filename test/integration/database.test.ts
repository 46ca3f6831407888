/** The data layer's promises: SQLite in WAL mode with foreign keys enforced; the same migrations on both. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import { buildOrganisation, buildSchool, buildUser } from '../helpers/factories.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

for (const dialect of DIALECTS) {
  describe(`database (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect);
    });
    afterAll(async () => t?.close());

    it('has every migration applied, and running them again changes nothing', async () => {
      expect(await migrateToLatest(t.services.db)).toEqual([]);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        t.services.db,
      );
      expect(applied.rows.map((r) => r.name)).toContain('0001_foundation');
    });

    it('enforces foreign keys: a membership of a school that does not exist is refused', async () => {
      const org = await buildOrganisation(t.services);
      const who = await buildUser(t.services, { organisationId: org.id });
      await expect(
        t.services.db
          .insertInto('memberships')
          .values({
            id: crypto.randomUUID(),
            school_id: crypto.randomUUID(),
            user_id: who.user.id,
            role: 'teacher',
            team_id: null,
            created_at: new Date().toISOString(),
          })
          .execute(),
      ).rejects.toThrow();
    });

    it("removes a school's teams and roles with the school", async () => {
      const org = await buildOrganisation(t.services);
      const school = await buildSchool(t.services, org.id);
      await buildUser(t.services, {
        organisationId: org.id,
        memberships: [{ schoolId: school.id, role: 'teacher' }],
      });
      await t.services.db.deleteFrom('schools').where('id', '=', school.id).execute();
      const left = await t.services.db
        .selectFrom('memberships')
        .where('school_id', '=', school.id)
        .selectAll()
        .execute();
      expect(left).toEqual([]);
    });

    if (dialect === 'sqlite') {
      it('runs SQLite in WAL mode', async () => {
        const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(t.services.db);
        expect(mode.rows[0]?.journal_mode).toBe('wal');
      });
    }
  });
}

describe('cookies behind an HTTPS proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', { env: { TRUST_PROXY: 'true' } });
  });
  afterAll(async () => t?.close());

  it('marks the session and CSRF cookies Secure when the proxy says the request came over HTTPS', async () => {
    const who = await buildUser(t.services, { organisationId: (await buildOrganisation(t.services)).id });
    const client = t.client();
    const https = { 'x-forwarded-proto': 'https' };
    await client.request('GET', '/api/session', undefined, { headers: https });
    const login = await client.request(
      'POST',
      '/api/auth/login',
      { email: who.email, password: who.password },
      { headers: https },
    );
    for (const cookie of login.headers.getSetCookie()) expect(cookie).toMatch(/; Secure/i);
    const plain = await t.client().get('/api/session');
    expect(plain.headers.getSetCookie().join()).not.toMatch(/; Secure/i);
  });
});
