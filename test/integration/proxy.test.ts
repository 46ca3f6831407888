/**
 * Behind a reverse proxy (TRUST_PROXY): Kring believes only the proxies it is told about. A client that writes its
 * own X-Forwarded-For entries in front of the proxy's cannot pose as a fresh source to the receipt-code throttle or
 * the filing rate limit; cookies are Secure when the proxy says the request came over HTTPS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.ts';
import { buildOrganisation, buildSchool, buildUser, sessionFor, signIn } from '../helpers/factories.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

/** An open reporting point (a confidant has signed in), and its public code. */
async function openPoint(t: TestApp): Promise<string> {
  const org = await buildOrganisation(t.services);
  const schoolId = (await buildSchool(t.services, org.id, 'Proxy College')).id;
  const admin = await buildUser(t.services, {
    organisationId: org.id,
    memberships: [{ schoolId, role: 'admin' }],
  });
  const confidant = await buildUser(t.services, {
    organisationId: org.id,
    memberships: [{ schoolId, role: 'confidant' }],
    totp: true,
  });
  await signIn(t, confidant);
  return (await (await sessionFor(t, admin)).get(`/api/schools/${schoolId}/meldpunt/settings`)).body.code;
}

/** Through the proxy: whatever the client wrote first, then the address the proxy itself saw. */
const via = (spoofed: string, seen: string) => ({ 'x-forwarded-for': `${spoofed}, ${seen}` });

for (const dialect of DIALECTS) {
  for (const trust of ['1', '127.0.0.1/8']) {
    describe(`TRUST_PROXY=${trust} (${dialect})`, () => {
      let t: TestApp;
      let code: string;
      const wrongCode = (headers: Record<string, string>, n: number) =>
        t
          .client()
          .request(
            'POST',
            `/api/meldpunt/${code}/return`,
            { receiptCode: `99990000000000${String(n).padStart(2, '0')}` },
            { headers },
          );

      beforeAll(async () => {
        t = await startTestApp(dialect, { manualClock: true, env: { TRUST_PROXY: trust } });
        code = await openPoint(t);
      });
      afterAll(async () => t?.close());

      it('throttles wrong receipt codes by the address the proxy saw, not by what the client wrote', async () => {
        for (let i = 0; i < 3; i++)
          expect((await wrongCode(via(`203.0.113.${i + 1}`, '198.51.100.7'), i)).status).toBe(404);
        const fourth = await wrongCode(via('192.0.2.200, 192.0.2.201', '198.51.100.7'), 3);
        expect(fourth.status).toBe(429);
        // Another student behind the same proxy is a source of their own, and is not slowed down.
        expect((await wrongCode(via('203.0.113.1', '198.51.100.8'), 4)).status).toBe(404);
      });

      it('counts filings by the address the proxy saw', async () => {
        const file = (spoofed: string) =>
          t.client().request(
            'POST',
            `/api/meldpunt/${code}/reports`,
            { category: 'none' },
            {
              headers: via(spoofed, '198.51.100.20'),
            },
          );
        // Refused bodies count as well: the limit is checked before the body is read.
        for (let i = 0; i < 30; i++) expect((await file(`203.0.113.${i + 1}`)).status).toBe(400);
        expect((await file('192.0.2.77')).status).toBe(429);
      });

      it('marks cookies Secure when the proxy says the request came over HTTPS', async () => {
        const who = await buildUser(t.services, { organisationId: (await buildOrganisation(t.services)).id });
        const client = t.client();
        const https = { 'x-forwarded-proto': 'https', ...via('203.0.113.50', '198.51.100.30') };
        await client.request('GET', '/api/session', undefined, { headers: https });
        const login = await client.request(
          'POST',
          '/api/auth/login',
          { email: who.email, password: who.password },
          { headers: https },
        );
        expect(login.status).toBe(200);
        for (const cookie of login.headers.getSetCookie()) expect(cookie).toMatch(/; Secure/i);
        const plain = await t.client().get('/api/session');
        expect(plain.headers.getSetCookie().join()).not.toMatch(/; Secure/i);
      });
    });
  }
}

describe('TRUST_PROXY=true', () => {
  let t: TestApp;
  const logLines: string[] = [];
  beforeAll(async () => {
    t = await startTestApp('sqlite', { manualClock: true, env: { TRUST_PROXY: 'true' }, logLines });
  });
  afterAll(async () => t?.close());

  it('trusts one hop only, and warns at start', async () => {
    expect(logLines.join('\n')).toMatch(/TRUST_PROXY=true is read as TRUST_PROXY=1/);
    const code = await openPoint(t);
    const wrong = (spoofed: string, n: number) =>
      t
        .client()
        .request(
          'POST',
          `/api/meldpunt/${code}/return`,
          { receiptCode: `88880000000000${n}0` },
          { headers: via(spoofed, '198.51.100.9') },
        );
    for (let i = 0; i < 3; i++) expect((await wrong(`203.0.113.${i + 1}`, i)).status).toBe(404);
    expect((await wrong('203.0.113.99', 4)).status).toBe(429);
  });
});
