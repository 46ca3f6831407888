/**
 * The student's side of the reporting point on a phone (PRODUCT M1, M2): an anonymous report about an internship
 * filed step by step, the receipt code read off the screen (never in the address or the browser's storage), the
 * confidant (two-step verified) acknowledging and replying in their browser, the reply read on a fresh phone with
 * only that code, the student's answer reaching the confidant, who works through the internship checklist and
 * closes the case. axe checks every step and every view.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, newDevice } from '../helpers/browser.ts';
import type { ApiClient } from '../helpers/client.ts';
import { type BuiltUser, buildOrganisation, buildSchool, buildUser, signIn } from '../helpers/factories.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const STORY =
  'Mijn begeleider bij Garage Velthuis legt steeds zijn hand op mijn rug en maakt grapjes over mij.';
const REPLY = 'Wat goed dat je dit vertelt. Zullen we donderdag na je stagedag even bellen?';
const ANSWER = 'Donderdag om vijf uur kan ik bellen.';

/** Answers one step: waits for its heading, chooses, checks the page with axe, and goes on. */
async function answerStep(page: Page, question: RegExp, choices: string[]): Promise<void> {
  await page.getByRole('heading', { level: 2, name: question }).waitFor();
  for (const choice of choices) await page.getByLabel(choice, { exact: true }).check();
  await expectAccessible(page, `step ${question}`);
  await page.getByRole('button', { name: 'Volgende' }).click();
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('a student reports on a phone and comes back with the receipt code', () => {
  let t: TestApp;
  let browser: Browser;
  let schoolId: string;
  let code: string;
  let confidantUser: BuiltUser;
  let confidant: ApiClient;
  let receipt: string;
  let reportId: string;
  let confidantPage: Page;
  /** A browser carrying the confidant's session, signed in with password and TOTP (a code works only once). */
  const confidantDevice = async () => {
    const device = await newDevice(browser);
    const cookies = ['kring_session', 'kring_csrf'].map((name) => ({
      name,
      value: confidant.cookie(name) ?? '',
      url: t.url,
    }));
    await device.addCookies(cookies);
    return device;
  };

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    browser = await launchBrowser();
    const org = await buildOrganisation(t.services);
    schoolId = (await buildSchool(t.services, org.id, 'Techniek College')).id;
    const admin = await buildUser(t.services, {
      organisationId: org.id,
      memberships: [{ schoolId, role: 'admin' }],
    });
    confidantUser = await buildUser(t.services, {
      organisationId: org.id,
      name: 'Vera Vertrouwenspersoon',
      memberships: [{ schoolId, role: 'confidant' }],
      totp: true,
    });
    code = (await (await signIn(t, admin)).get(`/api/schools/${schoolId}/meldpunt/settings`)).body.code;
    // Signing in with the password (and TOTP) makes the confidant's key: only then does the point open.
    confidant = await signIn(t, confidantUser);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('files an anonymous internship report step by step and shows the receipt code once', async () => {
    const phone = await newDevice(browser, 'phone');
    await phone.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url });
    const page = await phone.newPage();
    await page.goto(`${t.url}/melden/${code}`);
    await expect.poll(() => heading(page)).toBe('Iets melden');
    await page.getByText('Meldpunt van Techniek College').waitFor();
    await page.getByText(/112/).waitFor();

    await answerStep(page, /Stap 1 van 10.*Wat is er gebeurd/, ['Seksueel grensoverschrijdend gedrag']);
    await expect.poll(() => focused(page)).toMatch(/Stap 2 van 10/);
    // Next without an answer: the error is named above the step and links to the options.
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText('Kies een antwoord.').first().waitFor();
    await expectAccessible(page, 'step without an answer');
    await answerStep(page, /Waar gebeurde het/, ['Op mijn stage']);
    await page.getByRole('heading', { level: 2, name: /Wanneer gebeurde het/ }).waitFor();
    await page.getByLabel(/meer vertellen over wanneer/).fill('Op maandag en dinsdag');
    await answerStep(page, /Wanneer gebeurde het/, ['Deze week']);
    await answerStep(page, /Wie deed het/, ['Iemand van het stagebedrijf']);
    await answerStep(page, /Wat heb je nodig/, ['Een gesprek', 'Advies']);
    await answerStep(page, /Met wie wil je het liefst praten/, ['Vera Vertrouwenspersoon']);
    await page.getByRole('heading', { level: 2, name: /Vertel wat er is gebeurd/ }).waitFor();
    await page.getByLabel('Jouw verhaal').fill(STORY);
    await answerStep(page, /Vertel wat er is gebeurd/, []);
    await answerStep(page, /Wil je anoniem blijven/, ['Ja, ik blijf anoniem']);
    await answerStep(page, /jonger dan 18 jaar/, ['Ja, jonger dan 18']);

    // The summary: who reads it, when the school must act, and that the duty does not cover the company.
    await page
      .getByRole('heading', { level: 2, name: /Stap 10 van 10.*Kijk alles nog één keer na/ })
      .waitFor();
    await expect.poll(() => focused(page)).toMatch(/Stap 10 van 10/);
    const main = page.getByRole('main');
    await main
      .getByText(/Alleen de vertrouwenspersonen van Techniek College.*Vera Vertrouwenspersoon/)
      .waitFor();
    await main.getByText(/vertrouwensinspecteur/).waitFor();
    await main.getByText(/stagebedrijf en met SBB/).waitFor();
    expect(await page.getByTestId('legal-duty').count()).toBe(0);
    await main.getByText(STORY).waitFor();
    await expectAccessible(page, 'summary');
    await page.getByRole('button', { name: 'Melding versturen' }).click();

    await expect.poll(() => heading(page)).toBe('Je melding is verstuurd');
    const shown = (await page.getByTestId('receipt-code').textContent()) ?? '';
    expect(shown).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    receipt = shown.replace(/\s/g, '');
    await main.getByText(/Kring kan de code niet terughalen/).waitFor();
    await expectAccessible(page, 'receipt');
    await page.getByRole('button', { name: 'Code kopiëren' }).click();
    await main.getByText('De code is gekopieerd.').waitFor();
    expect((await page.evaluate(() => navigator.clipboard.readText())).replace(/\s/g, '')).toBe(receipt);
    // Nowhere but on the screen: not in the address, not in the browser's storage.
    expect(page.url()).not.toContain(receipt);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain(receipt);
    expect(await page.getByRole('link', { name: /terug te komen/ }).getAttribute('href')).toBe(
      `/melden/${code}/terug`,
    );
    await phone.close();
  });

  it('reaches the confidant, who replies', async () => {
    const list = await confidant.get(`/api/schools/${schoolId}/meldpunt/reports`);
    expect(list.body.unlocked).toBe(true);
    expect(list.body.cases).toHaveLength(1);
    const [summary] = list.body.cases;
    expect(summary).toMatchObject({
      category: 'sexual',
      location: 'internship',
      period: 'thisWeek',
      involved: ['internshipStaff'],
      needs: ['conversation', 'advice'],
      minor: 'yes',
      anonymous: true,
      legalDuty: false,
      wantedConfidant: { name: 'Vera Vertrouwenspersoon' },
    });
    reportId = summary.id;
    const opened = await confidant.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`);
    expect(opened.body.content).toMatchObject({ story: STORY, when: 'Op maandag en dinsdag', contact: null });
    // The confidant works in their own browser, in the session they signed into with password and code.
    confidantPage = await (await confidantDevice()).newPage();
    await confidantPage.goto(`${t.url}/meldpunt/${schoolId}`);
    await heading(confidantPage);
    await expectAccessible(confidantPage, 'case list');
    await confidantPage
      .getByRole('link', { name: /^Melding van/ })
      .first()
      .click();
    await confidantPage.getByText(STORY).waitFor();
    await expectAccessible(confidantPage, 'case page');
    await confidantPage.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
    await expect.poll(() => confidantPage.getByRole('main').textContent()).toContain('Status nu: Gelezen');
    await confidantPage.getByLabel('Je antwoord').fill(REPLY);
    await confidantPage.getByRole('button', { name: 'Antwoord versturen' }).click();
    await confidantPage.getByRole('main').getByText(REPLY).first().waitFor();
  });

  it('lets the student read the reply on a fresh phone with the code, and answer', async () => {
    const phone = await newDevice(browser, 'phone');
    const page = await phone.newPage();
    await page.goto(`${t.url}/melden/${code}/terug`);
    await expect.poll(() => heading(page)).toBe('Terugkomen bij je melding');
    await expectAccessible(page, 'return: the code form');
    const codeField = page.getByLabel('Jouw code');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');

    // A wrong code is named plainly; the server's message is shown as it is.
    await codeField.fill('1111 2222 3333 4444');
    await page.getByRole('button', { name: 'Bekijken' }).click();
    await page.getByText('Deze code kennen we niet. Kijk de cijfers nog eens na.').first().waitFor();
    await expectAccessible(page, 'return: unknown code');

    await codeField.fill(receipt.replace(/(\d{4})(?=\d)/g, '$1 '));
    await page.getByRole('button', { name: 'Bekijken' }).click();
    await expect.poll(() => heading(page)).toBe('Je melding bij Techniek College');
    expect(page.url()).not.toContain(receipt);
    await page.getByTestId('report-status').getByText('Status: Gelezen').waitFor();
    const main = page.getByRole('main');
    await main.getByText(STORY).waitFor();
    const conversation = page.getByTestId('conversation');
    await conversation.getByText(REPLY).waitFor();
    await conversation.getByText('Vera Vertrouwenspersoon, vertrouwenspersoon').waitFor();
    await expectAccessible(page, 'return: the report and the reply');

    await page.getByLabel('Je bericht').fill(ANSWER);
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    await conversation.getByText(ANSWER).waitFor();
    expect(await page.getByLabel('Je bericht').inputValue()).toBe('');
    await expectAccessible(page, 'return: after answering');

    const opened = await confidant.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`);
    expect(opened.body.messages).toEqual([
      expect.objectContaining({ author: 'confidant', body: REPLY, authorName: 'Vera Vertrouwenspersoon' }),
      expect.objectContaining({ author: 'reporter', body: ANSWER }),
    ]);

    // Closing forgets the report on this screen: the code is needed again.
    await page.getByRole('button', { name: 'Klaar, scherm leegmaken' }).click();
    await expect.poll(() => heading(page)).toBe('Terugkomen bij je melding');
    expect(await page.getByLabel('Jouw code').inputValue()).toBe('');
    expect(await main.getByText(STORY).count()).toBe(0);
    await phone.close();
  });

  it('lets the confidant work through the internship checklist and close the case', async () => {
    await confidantPage.reload();
    await confidantPage.getByText(ANSWER).waitFor();
    const internship = confidantPage.locator('section[aria-labelledby="melding-stage"]');
    for (const step of [
      'Eerste gesprek met de leerling',
      'Eerste gesprek met het stagebedrijf',
      'Adviseur van SBB ingelicht',
      'Klachtroute van SBB besproken of gestart',
    ]) {
      // By keyboard, as many confidants work: focus the step and press the space bar.
      const box = internship.getByRole('checkbox', { name: step, exact: true });
      await box.focus();
      await confidantPage.keyboard.press('Space');
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await expect.poll(() => internship.textContent()).toMatch(/(Gedaan op.*){4}/);
    await expectAccessible(confidantPage, 'internship checklist done');
    await confidantPage.getByRole('button', { name: 'Afsluiten' }).click();
    const dialog = confidantPage.getByRole('dialog');
    await dialog.getByLabel('Hoe is het afgelopen?').selectOption({ label: 'Doorverwezen' });
    await expectAccessible(confidantPage, 'closing with an outcome');
    await dialog.getByRole('button', { name: 'Afsluiten' }).click();
    await expect.poll(() => confidantPage.getByRole('main').textContent()).toContain('Status nu: Afgerond');
    const closed = await confidant.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`);
    expect(closed.body.status).toBe('closed');
    const outcome = await t.services.db
      .selectFrom('meldpunt_reports')
      .select('outcome')
      .where('id', '=', reportId)
      .executeTakeFirstOrThrow();
    expect(outcome.outcome).toBe('referred');
    const steps = (await confidant.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}/steps`)).body;
    expect(steps.filter((x: { doneAt: string | null }) => x.doneAt !== null)).toHaveLength(4);
  });

  it('says where else to go while no confidant can read reports yet', async () => {
    const org = await buildOrganisation(t.services);
    const closedSchool = await buildSchool(t.services, org.id, 'Nieuw Lyceum');
    const admin = await buildUser(t.services, {
      organisationId: org.id,
      memberships: [{ schoolId: closedSchool.id, role: 'admin' }],
    });
    const closedCode = (
      await (await signIn(t, admin)).get(`/api/schools/${closedSchool.id}/meldpunt/settings`)
    ).body.code;
    const page = await (await newDevice(browser, 'phone')).newPage();
    await page.goto(`${t.url}/melden/${closedCode}`);
    await expect.poll(() => heading(page)).toBe('Dit meldpunt is nog niet open');
    await page
      .getByRole('main')
      .getByText(/0800-0432/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Volgende' }).count()).toBe(0);
    await expectAccessible(page, 'closed reporting point');
  });
});
