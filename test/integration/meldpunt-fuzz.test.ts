/**
 * The public form under hostile input (issue 6): every field fuzzed with random and hostile strings (HTML, SQL,
 * very long text, lone surrogates, invalid UTF-8 bytes). Each request gets a clear 4xx with a translated message,
 * or is stored and comes back, through the receipt code, exactly as sent: plain text, never markup or a 500.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.ts';
import { buildOrganisation, buildSchool, buildUser, sessionFor, signIn } from '../helpers/factories.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE meldpunt_reports; --",
  '\u0000\u0001\u001f',
  '\ud800',
  'x'.repeat(20_000),
  '{{constructor.constructor("return process")()}}',
  '../../etc/passwd',
  '  ',
];
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(...hostile),
);
const anything = fc.oneof(text, fc.integer(), fc.constant(null), fc.array(text, { maxLength: 3 }));
const valid = {
  category: 'bullying',
  location: 'online',
  period: 'today',
  involved: ['student'],
  needs: ['advice'],
  minor: 'unknown',
  confidantId: null,
};

for (const dialect of DIALECTS) {
  describe(`the public form under hostile input (${dialect})`, () => {
    let t: TestApp;
    let code: string;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const org = await buildOrganisation(t.services);
      const schoolId = (await buildSchool(t.services, org.id, 'Fuzz College')).id;
      const admin = await sessionFor(
        t,
        await buildUser(t.services, { organisationId: org.id, memberships: [{ schoolId, role: 'admin' }] }),
      );
      code = (await admin.get(`/api/schools/${schoolId}/meldpunt/settings`)).body.code;
      await signIn(
        t,
        await buildUser(t.services, {
          organisationId: org.id,
          memberships: [{ schoolId, role: 'confidant' }],
          totp: true,
        }),
      );
    });
    afterAll(async () => t?.close());

    it('refuses malformed choices with a translated 400', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...Object.keys(valid)), anything, async (field, value) => {
          fc.pre(JSON.stringify(value) !== JSON.stringify((valid as Record<string, unknown>)[field]));
          const res = await t.client().post(`/api/meldpunt/${code}/reports`, {
            ...valid,
            [field]: value,
            content: { story: 'x', when: '', who: '', contact: null },
          });
          expect(res.status).toBe(400);
          expect(res.body.error.message).toMatch(/\S/);
        }),
        // The filing route allows 30 requests per 10 minutes from one address: this file stays under it.
        { numRuns: 10 },
      );
    });

    it('stores free text exactly as sent, or refuses it with a 4xx', { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(text, text, text, fc.option(text, { nil: null }), async (story, when, who, name) => {
          const content = {
            story,
            when,
            who,
            contact: name === null ? null : { name, email: when, phone: '' },
          };
          const filed = await t.client().post(`/api/meldpunt/${code}/reports`, { ...valid, content });
          expect([201, 400]).toContain(filed.status);
          if (filed.status === 400) {
            expect(filed.body.error.message).toMatch(/\S/);
            return;
          }
          const back = await t
            .client()
            .post(`/api/meldpunt/${code}/return`, { receiptCode: filed.body.receiptCode });
          expect(back.status).toBe(200);
          expect(back.body.content.story).toBe(story.trim());
          expect(back.body.content.who).toBe(who.trim());
        }),
        { numRuns: dialect === 'sqlite' ? 15 : 10 },
      );
    });

    it('answers invalid UTF-8 bytes in the body with a 4xx or stores them as replacement characters', async () => {
      const body = Buffer.concat([
        Buffer.from(
          JSON.stringify({ ...valid, content: { story: 'AAAA', when: '', who: '', contact: null } }).replace(
            'AAAA',
            'BAD',
          ),
        ),
      ]);
      const bad = Buffer.from(body.toString().replace('BAD', '\u0000BAD'));
      bad[bad.indexOf(0)] = 0xff;
      const csrf = await t.client();
      await csrf.get('/api/session');
      const res = await fetch(`${t.url}/api/meldpunt/${code}/reports`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `kring_csrf=${csrf.cookie('kring_csrf')}`,
          'x-csrf-token': csrf.cookie('kring_csrf') ?? '',
        },
        body: bad,
      });
      expect(res.status).toBeLessThan(500);
      if (res.status === 201) {
        const { receiptCode } = (await res.json()) as { receiptCode: string };
        const back = await t.client().post(`/api/meldpunt/${code}/return`, { receiptCode });
        expect(back.body.content.story).toBe('\ufffdBAD');
      }
    });
  });
}
