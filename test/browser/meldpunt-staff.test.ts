/**
 * The reporting point in the browser, beyond the first report (PRODUCT M2, M4, M5): a student who tries wrong
 * receipt codes is asked to wait; the form's last step warns when the school must act by law; a confidant sees a
 * new colleague without access and gives it; the confidant starts the crisis approach from the case and the school
 * leader works through the board's log from the home page without seeing the report. The server's clock is moved
 * by the test (never waited for); axe checks every view.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, newDevice, signInOnPage } from '../helpers/browser.ts';
import type { ApiClient } from '../helpers/client.ts';
import { type BuiltUser, buildOrganisation, buildSchool, buildUser, signIn } from '../helpers/factories.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const STORY = 'De conciërge stuurt me ’s avonds berichten die ik niet wil.';

/** Answers one step of the report form and goes on. */
async function answer(page: Page, question: RegExp, choices: string[]): Promise<void> {
  await page.getByRole('heading', { level: 2, name: question }).waitFor();
  for (const choice of choices) await page.getByLabel(choice, { exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
}

describe('the reporting point for staff and the board, in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let schoolId: string;
  let code: string;
  let vera: ApiClient;
  let veraDevice: BrowserContext;
  let nina: BuiltUser;
  let leader: BuiltUser;
  let receipt: string;
  let reportId: string;

  /** A browser carrying an API client's session (signed in with password and two-step code). */
  async function deviceOf(client: ApiClient): Promise<BrowserContext> {
    const device = await newDevice(browser);
    await device.addCookies(
      ['kring_session', 'kring_csrf'].map((name) => ({ name, value: client.cookie(name) ?? '', url: t.url })),
    );
    return device;
  }

  beforeAll(async () => {
    t = await startTestApp('sqlite', { manualClock: true });
    t.clock.set(new Date('2026-11-02T09:00:00Z'));
    browser = await launchBrowser();
    const org = (await buildOrganisation(t.services)).id;
    schoolId = (await buildSchool(t.services, org, 'Zuiderpark College')).id;
    const admin = await buildUser(t.services, {
      organisationId: org,
      memberships: [{ schoolId, role: 'admin' }],
    });
    leader = await buildUser(t.services, {
      organisationId: org,
      name: 'Bert Bestuurder',
      memberships: [{ schoolId, role: 'leader' }],
    });
    const confidant = (name: string) =>
      buildUser(t.services, {
        organisationId: org,
        name,
        memberships: [{ schoolId, role: 'confidant' }],
        totp: true,
      });
    vera = await signIn(t, await confidant('Vera Vertrouwen'));
    nina = await confidant('Nina Nieuw');
    code = (await (await signIn(t, admin)).get(`/api/schools/${schoolId}/meldpunt/settings`)).body.code;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('warns on the last step of the form that the school must act, when the answers call for it', async () => {
    const phone = await newDevice(browser, 'phone');
    const page = await phone.newPage();
    await page.goto(`${t.url}/melden/${code}`);
    await expect.poll(() => heading(page)).toBe('Iets melden');
    await answer(page, /Wat is er gebeurd/, ['Seksueel grensoverschrijdend gedrag']);
    await answer(page, /Waar gebeurde het/, ['Op school']);
    await answer(page, /Wanneer gebeurde het/, ['Deze maand']);
    await answer(page, /Wie deed het/, ['Iemand die op school werkt']);
    await answer(page, /Wat heb je nodig/, ['Een gesprek']);
    await answer(page, /Met wie wil je het liefst praten/, ['Maakt niet uit']);
    await page.getByRole('heading', { level: 2, name: /Vertel wat er is gebeurd/ }).waitFor();
    await page.getByLabel('Jouw verhaal').fill(STORY);
    await answer(page, /Vertel wat er is gebeurd/, []);
    await answer(page, /Wil je anoniem blijven/, ['Ja, ik blijf anoniem']);
    await answer(page, /jonger dan 18 jaar/, ['Ja, jonger dan 18']);

    await page.getByRole('heading', { level: 2, name: /Kijk alles nog één keer na/ }).waitFor();
    const duty = page.getByTestId('legal-duty');
    await duty.waitFor();
    expect(await duty.textContent()).toMatch(/past bij deze regel.*doorgeven aan het schoolbestuur/);
    await expectAccessible(page, 'summary with the legal duty');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await expect.poll(() => heading(page)).toBe('Je melding is verstuurd');
    receipt = ((await page.getByTestId('receipt-code').textContent()) ?? '').replace(/\s/g, '');
    expect(receipt).toMatch(/^\d{16}$/);
    await phone.close();
    const list = await vera.get(`/api/schools/${schoolId}/meldpunt/reports`);
    expect(list.body.cases[0]).toMatchObject({ legalDuty: true, involved: ['staff'] });
    reportId = list.body.cases[0].id;
  });

  it('asks a student who tries wrong codes to wait, then lets the right one in', async () => {
    const page = await (await newDevice(browser, 'phone')).newPage();
    await page.goto(`${t.url}/melden/${code}/terug`);
    await expect.poll(() => heading(page)).toBe('Terugkomen bij je melding');
    const field = page.getByLabel('Jouw code');
    const tryCode = async (digits: string) => {
      await field.fill(digits);
      await page.getByRole('button', { name: 'Bekijken' }).click();
    };
    for (const wrong of ['1111 2222 3333 4441', '1111 2222 3333 4442', '1111 2222 3333 4443']) {
      await tryCode(wrong);
      await page.getByText('Deze code kennen we niet. Kijk de cijfers nog eens na.').first().waitFor();
    }
    // The server's clock stands still here: the fourth try falls inside the wait, whatever the machine's speed.
    await tryCode('1111 2222 3333 4444');
    await page
      .getByText('Te veel verkeerde codes. Wacht een seconde en probeer het dan opnieuw.')
      .first()
      .waitFor();
    await expectAccessible(page, 'return: asked to wait');
    // While the wait lasts even the right code is not tried.
    await tryCode(receipt);
    await page
      .getByText(/Te veel verkeerde codes/)
      .first()
      .waitFor();
    expect(await heading(page)).toBe('Terugkomen bij je melding');
    t.clock.advance(1500);
    await tryCode(receipt);
    await expect.poll(() => heading(page)).toBe('Je melding bij Zuiderpark College');
    await page.getByRole('main').getByText(STORY).waitFor();
  });

  it('shows a confidant the colleague who cannot open cases yet, and gives access with one button', async () => {
    t.clock.advance(31_000);
    const ninaClient = await signIn(t, nina);
    expect((await ninaClient.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`)).status).toBe(403);
    veraDevice = await deviceOf(vera);
    const page = await veraDevice.newPage();
    await page.goto(`${t.url}/meldpunt/${schoolId}`);
    await heading(page);
    const notice = page.getByRole('heading', { name: 'Collega’s zonder toegang' });
    await notice.waitFor();
    await page.getByText(/Kring geeft nooit vanzelf toegang/).waitFor();
    await expectAccessible(page, 'case list with a colleague without access');
    await page.getByRole('button', { name: 'Geef Nina Nieuw toegang' }).click();
    await page.getByText('Nina Nieuw kan de meldingen nu openen.').waitFor();
    await expect.poll(() => notice.count()).toBe(0);
    await expectAccessible(page, 'case list after giving access');
    const opened = await ninaClient.get(`/api/schools/${schoolId}/meldpunt/reports/${reportId}`);
    expect(opened.body.content.story).toBe(STORY);
    const log = await vera.get(`/api/schools/${schoolId}/meldpunt/audit`);
    expect(log.body).toContainEqual(
      expect.objectContaining({ action: 'granted', detail: `Nina Nieuw <${nina.email}>` }),
    );
  });

  it("lets the confidant start the board's crisis approach, which the leader works through without the report", async () => {
    const page = await veraDevice.newPage();
    await page.goto(`${t.url}/meldpunt/${schoolId}/${reportId}`);
    await page.getByText(STORY).waitFor();
    await page.getByLabel(/Naam van het logboek/).fill('Crisis november');
    await page.getByRole('button', { name: 'Crisisaanpak starten' }).click();
    await page.getByRole('link', { name: 'Naar het crisislogboek' }).waitFor();
    await expectAccessible(page, 'case with the crisis approach started');

    t.clock.advance(15 * 60_000);
    const board = await signInOnPage(await newDevice(browser), t.url, leader);
    await board.getByRole('heading', { name: 'Crisisaanpak', exact: true }).waitFor();
    await board.getByRole('link', { name: /Naar de crisisaanpak/ }).click();
    await expect.poll(() => heading(board)).toBe('Crisisaanpak van het bestuur');
    await expectAccessible(board, "the board's crisis logs");
    await board.getByRole('link', { name: 'Crisis november' }).click();
    await expect.poll(() => heading(board)).toBe('Crisis november');
    const step = board.getByRole('checkbox', { name: 'Crisisteam bij elkaar', exact: true });
    await step.focus();
    await board.keyboard.press('Space');
    await board.getByText(/^Gedaan op .+ door Bert Bestuurder$/).waitFor();
    await board.getByText('Notitie toevoegen').first().click();
    await board
      .getByLabel('Notitie bij: Crisisteam bij elkaar')
      .fill('Om 10:00 bij elkaar in de kamer van de rector.');
    await board.getByRole('button', { name: /^Notitie opslaan\s*: Crisisteam bij elkaar$/ }).click();
    await expect.poll(() => board.getByText('Opgeslagen: Crisisteam bij elkaar.').count()).toBe(2);
    // Read back from the server: the note stays with its step.
    await board.reload();
    const note = board.getByLabel('Notitie bij: Crisisteam bij elkaar');
    await expect.poll(() => note.inputValue()).toBe('Om 10:00 bij elkaar in de kamer van de rector.');
    await board.getByText('Volgende stap: Eén duidelijke boodschap, met de afdeling communicatie.').waitFor();
    await expectAccessible(board, "the board's crisis log with a step done");
    // Nothing of the report on the board's page: not the story, not the case, not where the log came from.
    const shown = (await board.getByRole('main').textContent()) ?? '';
    expect(shown).not.toMatch(/conciërge|berichten|Seksueel|Op school/);
    expect(board.url()).not.toContain(reportId);
    expect(await board.locator(`a[href*="${reportId}"]`).count()).toBe(0);
  });
});
