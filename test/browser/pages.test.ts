/**
 * axe-core on every page of the app, in Dutch and in English, as the person who would see it. The list of
 * pages is read from the router, so a page added later without a visit here fails this test.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formTexts } from '../../src/modules/gesprek/domain/shape.ts';
import { importStudents } from '../../src/modules/gesprek/repositories/students.ts';
import { mirrorActionsRepository } from '../../src/modules/spiegel/repositories/actions.ts';
import { mirrorEvaluationsRepository } from '../../src/modules/spiegel/repositories/evaluations.ts';
import { mirrorSessionsRepository } from '../../src/modules/spiegel/repositories/sessions.ts';
import { mirrorTemplatesRepository } from '../../src/modules/spiegel/repositories/templates.ts';
import { shippedTemplates } from '../../src/modules/spiegel/templates/index.ts';
import { totpCode } from '../../src/platform/crypto/totp.ts';
import { expectAccessible, heading, launchBrowser, newDevice } from '../helpers/browser.ts';
import {
  type BuiltUser,
  buildOrganisation,
  buildSchool,
  buildTeam,
  buildUser,
  sessionFor,
  signIn,
} from '../helpers/factories.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { buildMirrorSession } from '../helpers/spiegel.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const appSource = fs.readFileSync('src/web/App.tsx', 'utf8');
const routerPaths = [
  ...[...appSource.matchAll(/path="([^"]+)"/g)].map((m) => m[1]!),
  ...(/<Route\s+index/.test(appSource) ? ['index'] : []),
];

/**
 * Signs in through the browser context's own requests (sharing its cookies), in the account's language; with the
 * code from the authenticator when the account has two-step verification (a confidant's key unlocks this way).
 */
async function signInQuietly(
  context: BrowserContext,
  t: TestApp,
  who: BuiltUser,
  locale: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${t.url}/inloggen`);
  await heading(page);
  const csrf = async () => (await context.cookies()).find((c) => c.name === 'kring_csrf')?.value ?? '';
  await context.request.post(`${t.url}/api/auth/login`, {
    data: { email: who.email, password: who.password },
    headers: { 'x-csrf-token': await csrf() },
  });
  if (who.totpSecret) {
    const step = await context.request.post(`${t.url}/api/auth/totp`, {
      data: { code: totpCode(who.totpSecret, new Date()) },
      headers: { 'x-csrf-token': await csrf() },
    });
    expect(step.status()).toBe(200);
  }
  await context.request.post(`${t.url}/api/account/locale`, {
    data: { locale },
    headers: { 'x-csrf-token': await csrf() },
  });
  return page;
}

describe('every page passes axe', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: BuiltUser;
  let schoolId: string;
  let sessionId: string;
  let projectorUrl: string;
  let templateId: string;
  let observedId: string;
  let meldpuntCode: string;
  const visited = new Set<string>();

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    browser = await launchBrowser();
    const org = await buildOrganisation(t.services, 'Stichting Toegankelijk');
    const school = await buildSchool(t.services, org.id, 'Open Deur College');
    schoolId = school.id;
    const team = await buildTeam(t.services, school.id, 'Onderbouw');
    admin = await buildUser(t.services, {
      organisationId: org.id,
      name: 'Anna Beheer',
      isOrgAdmin: true,
      // Also a facilitator: leads the open session and observes another, for the facilitation pages.
      memberships: [
        { schoolId: school.id, role: 'admin' },
        { schoolId: school.id, role: 'facilitator' },
      ],
    });
    await buildUser(t.services, {
      organisationId: org.id,
      name: 'Femke Gespreksleider',
      memberships: [{ schoolId: school.id, role: 'facilitator', teamId: team.id }],
    });
    await buildUser(t.services, {
      organisationId: org.id,
      name: 'Daan Docent',
      memberships: [{ schoolId: school.id, role: 'teacher', teamId: team.id }],
    });
    const session = await buildMirrorSession(t.services, school.id, admin, {
      open: true,
      facilitatorIds: [admin.user.id],
    });
    sessionId = session.id;
    observedId = (await buildMirrorSession(t.services, school.id, admin, { open: true })).id;
    // Something for the home page's cards: an overdue action of the admin, and an aftercare request to handle.
    await mirrorActionsRepository(t.services.db, school.id).add(
      session.id,
      {
        cluster_id: null,
        what: 'Klassenregels bespreken in de mentorles',
        target: 'teachers',
        owner_user_id: admin.user.id,
        owner_role: null,
        due_date: '2020-01-31',
        status: 'planned',
      },
      new Date(),
    );
    await mirrorSessionsRepository(t.services.db, school.id).update(session.id, {
      contact_person_id: admin.user.id,
    });
    await mirrorEvaluationsRepository(t.services.db, school.id).addAftercare(
      session.id,
      { message: 'Ik wil graag nog even praten.', reach: 'Sam, 3B', recipient: admin.user.id },
      new Date(),
    );
    projectorUrl = `/scherm#session=${session.id}&token=${t.services.box.open(session.projector_token!)}`;
    templateId = (
      await mirrorTemplatesRepository(t.services.db, school.id).create(
        shippedTemplates['gender-diversiteit']!,
        'gender-diversiteit',
        new Date(),
      )
    ).id;
    // The reporting point opens once a confidant has signed in with their password (that makes their key).
    await signIn(
      t,
      await buildUser(t.services, {
        organisationId: org.id,
        name: 'Vera Vertrouwenspersoon',
        memberships: [{ schoolId: school.id, role: 'confidant' }],
        totp: true,
      }),
    );
    meldpuntCode = (await (await signIn(t, admin)).get(`/api/schools/${school.id}/meldpunt/settings`)).body
      .code;
    // The school's student list, for the administration page and for starting a conversation.
    await importStudents(
      t.services.db,
      school.id,
      [
        { externalId: '101', name: 'Sara van Dam', className: '1A' },
        { externalId: '102', name: 'Milan Visser', className: '1B' },
      ],
      admin.user.id,
      new Date(),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const locale of ['nl', 'en'] as const) {
    it(`passes on the public pages (${locale})`, async () => {
      const context = await newDevice(browser, 'phone');
      await context.addInitScript((l) => window.localStorage.setItem('kring.locale', l), locale);
      const page = await context.newPage();
      for (const path of [
        'inloggen',
        'wachtwoord-vergeten',
        'wachtwoord-herstellen',
        'uitnodiging',
        'inrichten',
        'doe-mee',
        'melden/:code',
        'melden/:code/terug',
        'voortgang',
        'voorbereiden',
        'scherm',
        '*',
      ]) {
        const url =
          path === '*'
            ? '/deze-pagina-bestaat-niet'
            : path === 'scherm'
              ? projectorUrl
              : `/${path.replace(':code', meldpuntCode)}`;
        await page.goto(
          `${t.url}${url}${path === 'uitnodiging' ? '#token=ongeldig-maar-lang-genoeg-token' : ''}`,
        );
        await heading(page);
        if (path === 'uitnodiging')
          await page
            .getByText(/link|Link/)
            .first()
            .waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        await expectAccessible(page, `${url} (${locale})`);
        visited.add(path);
      }
      await context.close();
    });

    it(`passes on the signed-in pages (${locale})`, async () => {
      const context = await newDevice(browser);
      await context.addInitScript((l) => window.localStorage.setItem('kring.locale', l), locale);
      const page = await signInQuietly(context, t, admin, locale);
      // Seats on the speaking-time map and someone speaking, for the console and the second device.
      const staffHeaders = {
        'x-csrf-token': (await context.cookies()).find((c) => c.name === 'kring_csrf')?.value ?? '',
      };
      const sessionApi = `${t.url}/api/schools/${schoolId}/mirror-sessions/${sessionId}`;
      const seats = await context.request.post(`${sessionApi}/commands`, {
        data: {
          idempotencyKey: `seats-${locale}-pages`,
          command: { type: 'setUnnamedSeats', voices: 2, listeners: 2 },
        },
        headers: staffHeaders,
      });
      expect(seats.status()).toBe(200);
      const tap = await context.request.post(`${sessionApi}/speaking`, {
        data: { tap: { type: 'speak', seat: 'voices:1' } },
        headers: staffHeaders,
      });
      expect(tap.status()).toBe(200);
      // Facilitation: the admin observes the second session, reflected on the first and brings it to intervision.
      const put = (path: string, data: object) =>
        context.request.put(`${t.url}${path}`, { data, headers: staffHeaders });
      const observed = `/api/schools/${schoolId}/mirror-sessions/${observedId}`;
      expect((await put(`${observed}/observers`, { userIds: [admin.user.id] })).status()).toBe(200);
      const reflection = await put(`/api/schools/${schoolId}/mirror-sessions/${sessionId}/reflection`, {
        answers: {
          wentWell: 'De leerlingen vertelden veel.',
          hard: 'Onze docenten wilden reageren.',
          interrupting: '',
          impartiality: '',
          nextTime: 'Vind je dat het goed ging?',
        },
      });
      expect(reflection.status()).toBe(200);
      const meeting = await context.request.post(`${t.url}/api/schools/${schoolId}/intervision`, {
        data: {
          title: 'Intervisie voorjaar',
          plannedAt: '2026-04-02T15:00',
          place: 'Lokaal 12',
          memberIds: [],
        },
        headers: staffHeaders,
      });
      expect(meeting.status()).toBe(201);
      const { id: meetingId } = (await meeting.json()) as { id: string };
      const brought = await context.request.post(
        `${t.url}/api/schools/${schoolId}/intervision/${meetingId}/cases`,
        {
          data: {
            reflectionId: ((await reflection.json()) as { id: string }).id,
            question: 'Hoe onderbreek ik?',
          },
          headers: staffHeaders,
        },
      );
      expect(brought.status()).toBe(201);
      const pages: Record<string, string> = {
        index: '/',
        beheer: '/beheer',
        'beheer/scholen/:schoolId': `/beheer/scholen/${schoolId}`,
        account: '/account',
        spiegel: '/spiegel',
        'spiegel/:schoolId/nieuw': `/spiegel/${schoolId}/nieuw`,
        'spiegel/:schoolId/acties': `/spiegel/${schoolId}/acties`,
        'spiegel/:schoolId/sjablonen': `/spiegel/${schoolId}/sjablonen`,
        'spiegel/:schoolId/sjablonen/:templateId': `/spiegel/${schoolId}/sjablonen/${templateId}`,
        'spiegel/:schoolId/:sessionId': `/spiegel/${schoolId}/${sessionId}`,
        'spiegel/:schoolId/:sessionId/voorbereiding': `/spiegel/${schoolId}/${sessionId}/voorbereiding`,
        'spiegel/:schoolId/:sessionId/leiden': `/spiegel/${schoolId}/${sessionId}/leiden`,
        'spiegel/:schoolId/:sessionId/spreektijd': `/spiegel/${schoolId}/${sessionId}/spreektijd`,
        'spiegel/:schoolId/:sessionId/verslag': `/spiegel/${schoolId}/${sessionId}/verslag`,
        'spiegel/:schoolId/:sessionId/scherm': `/spiegel/${schoolId}/${sessionId}/scherm`,
        'spiegel/:schoolId/:sessionId/observatie': `/spiegel/${schoolId}/${observedId}/observatie`,
        'spiegel/:schoolId/:sessionId/reflectie': `/spiegel/${schoolId}/${sessionId}/reflectie`,
        begeleiden: '/begeleiden',
        'begeleiden/:schoolId/intervisie': `/begeleiden/${schoolId}/intervisie`,
        'begeleiden/:schoolId/intervisie/:meetingId': `/begeleiden/${schoolId}/intervisie/${meetingId}`,
        // The board's crisis logs, with the form to start one (the admin is on the board's side).
        'meldpunt/:schoolId/crisis': `/meldpunt/${schoolId}/crisis`,
      };
      for (const [path, url] of Object.entries(pages)) {
        await page.goto(`${t.url}${url}`);
        await heading(page);
        await page.waitForLoadState('networkidle');
        // The seat map arrives over the WebSocket, after the network is idle.
        if (path.endsWith('/leiden') || path.endsWith('/spreektijd'))
          await page.getByTestId('speaking-now').waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        await expectAccessible(page, `${url} (${locale})`);
        visited.add(path);
      }
      // The public progress page with a real link, as someone without an account opens it. The staff route
      // makes the link; only its fragment (#t=…) matters, whatever public address the server puts before it.
      const csrf = (await context.cookies()).find((c) => c.name === 'kring_csrf')?.value ?? '';
      const made = await context.request.post(
        `${t.url}/api/schools/${schoolId}/mirror-sessions/${sessionId}/progress-link`,
        { headers: { 'x-csrf-token': csrf } },
      );
      expect(made.status()).toBe(200);
      const { url } = (await made.json()) as { url: string };
      await context.close();
      const reader = await newDevice(browser, 'phone');
      await reader.addInitScript((l) => window.localStorage.setItem('kring.locale', l), locale);
      const progress = await reader.newPage();
      await progress.goto(`${t.url}/voortgang${new URL(url).hash}`);
      await heading(progress);
      await progress.getByTestId('progress-actions').waitFor();
      expect(await progress.locator('html').getAttribute('lang')).toBe(locale);
      await expectAccessible(progress, `/voortgang#t=… (${locale})`);
      await reader.close();
    });

    it(`passes on the reporting point's staff pages (${locale})`, async () => {
      // A confidant of their own per language, so each signs in once with a fresh TOTP step. Their first sign-in
      // makes their key, so the report filed after it is sealed to them too.
      const confidant = await buildUser(t.services, {
        organisationId: admin.user.organisation_id,
        name: `Cas Vertrouwenspersoon (${locale})`,
        memberships: [{ schoolId, role: 'confidant' }],
        totp: true,
      });
      const context = await newDevice(browser);
      await context.addInitScript((l) => window.localStorage.setItem('kring.locale', l), locale);
      const page = await signInQuietly(context, t, confidant, locale);
      const filed = await t.client().post(`/api/meldpunt/${meldpuntCode}/reports`, {
        category: 'sexual',
        location: 'internship',
        period: 'thisWeek',
        involved: ['staff', 'internshipStaff'],
        needs: ['conversation'],
        minor: 'yes',
        confidantId: null,
        content: {
          story: 'Mijn begeleider op stage zit steeds aan me.',
          when: 'Vorige week',
          who: '',
          contact: null,
        },
      });
      expect(filed.status).toBe(201);
      const base = `${t.url}/api/schools/${schoolId}/meldpunt`;
      const headers = {
        'x-csrf-token': (await context.cookies()).find((c) => c.name === 'kring_csrf')?.value ?? '',
      };
      const list = (await (await context.request.get(`${base}/reports`)).json()) as {
        cases: { id: string; canOpen: boolean; createdAt: string }[];
      };
      const reportId = list.cases
        .filter((c) => c.canOpen)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!.id;
      // Something in every section of the case: a reply, a ticked step, a note, a restorative conversation.
      const report = `${base}/reports/${reportId}`;
      for (const [method, url, data] of [
        ['post', `${report}/messages`, { body: 'Dank je wel. Zullen we morgen praten?' }],
        ['put', `${report}/steps/internship/talkStudent`, { done: true, note: 'Gebeld.' }],
        ['post', `${report}/notes`, { body: 'Mentor ingelicht.' }],
        [
          'post',
          `${report}/restorative`,
          { plannedAt: '2026-12-02T14:00', participants: 'Twee leerlingen', agreements: '' },
        ],
      ] as const) {
        expect((await context.request[method](url, { data, headers })).status()).toBeLessThan(300);
      }
      const pages: Record<string, string> = {
        'meldpunt/:schoolId': `/meldpunt/${schoolId}`,
        'meldpunt/:schoolId/:reportId': `/meldpunt/${schoolId}/${reportId}`,
        'meldpunt/:schoolId/logboek': `/meldpunt/${schoolId}/logboek`,
        index: '/',
      };
      for (const [path, url] of Object.entries(pages)) {
        await page.goto(`${t.url}${url}`);
        await heading(page);
        await page.waitForLoadState('networkidle');
        await expectAccessible(page, `${url} as a confidant (${locale})`);
        visited.add(path);
      }
      // The board's crisis approach, started from the case: the case then links to the board's log.
      await page.goto(`${t.url}/meldpunt/${schoolId}/${reportId}`);
      await page
        .getByRole('button', { name: locale === 'nl' ? 'Crisisaanpak starten' : 'Start the crisis approach' })
        .click();
      const toLog = page.getByRole('link', {
        name: locale === 'nl' ? 'Naar het crisislogboek' : 'Go to the crisis log',
      });
      await toLog.waitFor();
      await expectAccessible(page, `crisis approach started from the case (${locale})`);
      await toLog.click();
      await page.locator('#crisis-crisisTeam').waitFor();
      await expectAccessible(page, `the board's crisis log as a confidant (${locale})`);
      visited.add('meldpunt/:schoolId/crisis/:crisisId');
      await context.close();

      // The administrator's side: the poster, and the recovery key shown once (then, in English, the form to use it).
      const adminDevice = await newDevice(browser);
      await adminDevice.addInitScript((l) => window.localStorage.setItem('kring.locale', l), locale);
      const adminPage = await signInQuietly(adminDevice, t, admin, locale);
      await adminPage.goto(`${t.url}/beheer/scholen/${schoolId}`);
      await heading(adminPage);
      await adminPage.getByRole('button', { name: locale === 'nl' ? 'Poster tonen' : 'Show poster' }).click();
      if (locale === 'nl') {
        await adminPage.getByRole('button', { name: 'Herstelsleutel maken' }).click();
        await adminPage.locator('#herstelsleutel').waitFor();
      } else {
        await adminPage.getByLabel('Recovery key', { exact: true }).waitFor();
      }
      await expectAccessible(adminPage, `poster and recovery key (${locale})`);
      await adminDevice.close();
    });
  }

  for (const locale of ['nl', 'en'] as const) {
    it(`passes on the conversation pages, on a laptop and a phone (${locale})`, async () => {
      const teacher = await buildUser(t.services, {
        organisationId: admin.user.organisation_id,
        name: `Tess Mentor (${locale})`,
        memberships: [{ schoolId, role: 'teacher' }],
      });
      const { first, followUp, heldLink, openLink } = await conversationsOf(t, teacher, schoolId);
      const pages: Record<string, string> = {
        gesprekken: '/gesprekken',
        'gesprekken/luisteren': '/gesprekken/luisteren',
        'gesprekken/:schoolId/nieuw': `/gesprekken/${schoolId}/nieuw`,
        'gesprekken/:schoolId/:conversationId': `/gesprekken/${schoolId}/${first}`,
        'gesprekken/:schoolId/:conversationId/gesprek': `/gesprekken/${schoolId}/${followUp}/gesprek`,
        index: '/',
      };
      for (const kind of ['laptop', 'phone'] as const) {
        const context = await newDevice(browser, kind);
        await context.addInitScript((l) => window.localStorage.setItem('kring.locale', l), locale);
        const page = await signInQuietly(context, t, teacher, locale);
        for (const [path, url] of Object.entries({
          ...pages,
          followUp: `/gesprekken/${schoolId}/${followUp}`,
        })) {
          await page.goto(`${t.url}${url}`);
          await heading(page);
          await page.waitForLoadState('networkidle');
          expect(await page.locator('html').getAttribute('lang')).toBe(locale);
          await expectAccessible(page, `${url} on a ${kind} (${locale})`);
          visited.add(path);
        }
        await context.close();
      }
      // The student's page before the conversation and after it (with what was agreed), on a phone.
      const student = await newDevice(browser, 'phone');
      await student.addInitScript((l) => window.localStorage.setItem('kring.locale', l), locale);
      const page = await student.newPage();
      for (const [label, link] of [
        ['preparing', openLink],
        ['after the conversation', heldLink],
      ] as const) {
        await page.goto(`${t.url}/voorbereiden${new URL(link).hash}`);
        await heading(page);
        await page.locator('form').first().waitFor();
        await expectAccessible(page, `the student's page, ${label} (${locale})`);
      }
      await student.close();
    });
  }

  it('passes while setting up two-step verification, which a confidant must do first', async () => {
    const org = await buildOrganisation(t.services);
    const school = await buildSchool(t.services, org.id, 'Vertrouwd College');
    const confidant = await buildUser(t.services, {
      organisationId: org.id,
      memberships: [{ schoolId: school.id, role: 'confidant' }],
    });
    const context = await newDevice(browser, 'phone');
    const page = await context.newPage();
    await page.goto(`${t.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill(confidant.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(confidant.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/account\/tweestapsverificatie/);
    await heading(page);
    await expectAccessible(page, 'required two-step verification');
    await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
    const secretText = await page.locator('code, .totp-secret, [data-secret]').first().textContent();
    const secret = (secretText ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectAccessible(page, 'QR code and code field');
    await page.getByLabel('Code uit je app').fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Tweestapsverificatie aanzetten' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await expect.poll(() => page.url()).not.toMatch(/tweestapsverificatie$/);
    visited.add('account/tweestapsverificatie');
    await context.close();
  });

  it('resets a password from the mailed link', async () => {
    const who = await buildUser(t.services, { organisationId: (await buildOrganisation(t.services)).id });
    const page = await (await newDevice(browser, 'phone')).newPage();
    await page.goto(`${t.url}/inloggen`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByLabel('E-mailadres').fill(who.email);
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.getByRole('main').getByText(/mail/).first().waitFor();
    const link = Mailbox.link(await t.mailbox.latestTo(who.email));
    await page.goto(link);
    await page.getByLabel('Nieuw wachtwoord').fill('nog-een-nieuw-wachtwoord');
    await page.getByLabel('Herhaal wachtwoord').fill('nog-een-nieuw-wachtwoord');
    await expectAccessible(page, 'reset with token');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  });

  it('opens with a skip link for keyboard users', async () => {
    const page = await (await newDevice(browser)).newPage();
    await page.goto(`${t.url}/inloggen`);
    await heading(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
  });

  it('visited every page the router knows', () => {
    expect(
      routerPaths.filter((p) => !visited.has(p)),
      'pages no test visited',
    ).toEqual([]);
  });
});

/**
 * Two conversations of `teacher` with a student: the first prepared, filled in, held, shared with the student and
 * reflected on; the second its follow-up, not yet held. With each one's student link.
 */
async function conversationsOf(t: TestApp, teacher: BuiltUser, schoolId: string) {
  const api = await sessionFor(t, teacher);
  const base = `/api/schools/${schoolId}/conversations`;
  const start = async (student: object) => {
    const res = await api.post(base, {
      student,
      aim: 'Hoe gaat het in de klas?',
      plannedAt: '2026-12-10T10:30',
      level: 'secondary',
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const tokenOf = async (id: string) =>
    new URL((await api.get(`${base}/${id}`)).body.link.url).hash.replace('#token=', '');
  const first = await start({ name: 'Lina de Wit', className: '1A' });
  const token = await tokenOf(first);
  const answers = {
    wantToTalk: 'yes',
    when: 'Na de pauze',
    teacherShould: 'Rustig vragen',
    teacherShouldNot: 'Niet haasten',
    theme: 'Concentratie',
    difficult: 'Onrust in de klas',
    goesWell: 'Bij gym',
    goodAt: 'Tekenen',
    goal: 'Rustiger werken',
    help: 'Mijn buurvrouw',
  };
  expect((await t.client().put('/api/preparation', { token, answers, done: true })).status).toBe(200);
  expect(
    (
      await api.put(`${base}/${first}/questions`, {
        questions: ['Vind je rekenen moeilijk?', 'Wat helpt jou?'],
      })
    ).status,
  ).toBe(200);
  const filled = Object.fromEntries(formTexts.map((k) => [k, `Over ${k}`]));
  const form = { ...filled, aimsReached: 'yes', pleasant: 'partly' };
  expect(
    (await api.put(`${base}/${first}/form`, { form, studentHeard: { answer: 'yes', note: '' } })).status,
  ).toBe(200);
  const agreement = {
    what: 'Naast Fenna zitten',
    owner: 'other',
    ownerOther: 'De intern begeleider',
    how: 'Elke ochtend',
    evaluateOn: '2020-01-15',
  };
  expect((await api.post(`${base}/${first}/agreements`, agreement)).status).toBe(201);
  expect((await api.put(`${base}/${first}/held`, { held: true })).status).toBe(200);
  expect((await api.put(`${base}/${first}/student-share`, { shared: true })).status).toBe(200);
  expect(
    (await api.put(`${base}/${first}/listening`, { level: 3, note: 'Ik wilde snel oplossen' })).status,
  ).toBe(200);
  const followUp = await start({ followUpOf: first });
  return {
    first,
    followUp,
    heldLink: `${t.url}/voorbereiden#token=${token}`,
    openLink: `${t.url}/voorbereiden#token=${await tokenOf(followUp)}`,
  };
}
