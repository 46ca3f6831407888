/**
 * Speaking time and peer observation in real browsers (F1, F3): the facilitator's console and an observer's
 * second device track a round in which one student talks on and on. The gentle prompt appears on the console
 * and on no other screen; a tap on a listener asks for confirmation; the observer's form reaches the
 * facilitator; after closing, the report holds the distribution per side and no time per person. axe checks
 * every view this adds.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mirrorSessionsRepository } from '../../src/modules/spiegel/repositories/sessions.ts';
import { expectAccessible, heading, launchBrowser, newDevice, signInOnPage } from '../helpers/browser.ts';
import { type BuiltUser, buildOrganisation, buildSchool, buildUser } from '../helpers/factories.ts';
import { buildMirrorSession } from '../helpers/spiegel.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

const signIn = (context: BrowserContext, t: TestApp, who: BuiltUser) => signInOnPage(context, t.url, who);

/** Every WebSocket message a screen received, to show what never reached it. */
const received = new Map<Page, string[]>();
function listen(page: Page): void {
  const frames: string[] = [];
  received.set(page, frames);
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
}

const mainText = async (page: Page) => (await page.getByRole('main').textContent()) ?? '';
const LONG_TURN = /Ayla Vink is al lang achter elkaar aan het woord/;

describe('speaking time and observation on a console, a second device, a projector and phones', () => {
  let t: TestApp;
  let browser: Browser;
  let coordinator: BuiltUser;
  let facilitator: BuiltUser;
  let observer: BuiltUser;
  let schoolId: string;
  let sessionId: string;
  let joinCode: string;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    browser = await launchBrowser();
    const org = await buildOrganisation(t.services);
    schoolId = (await buildSchool(t.services, org.id, 'De Spiegel')).id;
    const person = (name: string, role: 'coordinator' | 'facilitator') =>
      buildUser(t.services, { organisationId: org.id, name, memberships: [{ schoolId, role }] });
    coordinator = await person('Cor Coördinator', 'coordinator');
    facilitator = await person('Fenna Gespreksleider', 'facilitator');
    observer = await person('Olaf Observator', 'facilitator');
    const session = await buildMirrorSession(t.services, schoolId, coordinator, {
      facilitatorIds: [facilitator.user.id],
      open: true,
    });
    sessionId = session.id;
    joinCode = session.join_code!;
    await mirrorSessionsRepository(t.services.db, schoolId).setObservers(sessionId, [observer.user.id]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('prompts only the facilitator, confirms listener taps, delivers the observation and reports shares only', {
    timeout: 240_000,
  }, async () => {
    const sessionUrl = `${t.url}/spiegel/${schoolId}/${sessionId}`;
    // The console and the observer's device run a clock the test can move: a long turn without waiting.
    const consoleDevice = await newDevice(browser);
    await consoleDevice.clock.install();
    const consolePage = await signIn(consoleDevice, t, facilitator);
    await consolePage.goto(`${sessionUrl}/leiden`);
    await consolePage.getByTestId('join-code').waitFor();
    // The facilitator's projector tab, in the same browser: it gets only what the room may see.
    const projector = await consoleDevice.newPage();
    listen(projector);
    await projector.goto(`${sessionUrl}/scherm`);
    await projector.getByTestId('phase-title').waitFor();

    const phones: Page[] = [];
    for (const [name, side] of [
      ['Ayla Vink', 'Leerling of deelnemer'],
      ['Bram Otter', 'Leerling of deelnemer'],
      ['Meneer Ed Uil', 'Docent of toehoorder'],
      ['Mevrouw Fe Kraai', 'Docent of toehoorder'],
    ] as const) {
      const phone = await (await newDevice(browser, 'phone')).newPage();
      listen(phone);
      await phone.goto(`${t.url}/doe-mee#code=${joinCode}`);
      await phone.getByLabel(side).check();
      await phone.getByLabel('Naam (mag je leeg laten)').fill(name);
      await phone.getByRole('button', { name: 'Meedoen' }).click();
      await phone.getByTestId('phase-title').waitFor();
      phones.push(phone);
    }

    // Round 1: students speak, teachers only listen.
    await consolePage.getByRole('button', { name: 'Volgende fase' }).click();
    await expect.poll(() => consolePage.getByTestId('phase-title').first().textContent()).toMatch(/Ronde 1/);
    await consolePage.getByRole('button', { name: 'Start' }).click();

    // The observer follows on a second device and taps who speaks.
    const observerDevice = await newDevice(browser);
    await observerDevice.clock.install();
    const observerPage = await signIn(observerDevice, t, observer);
    await observerPage.goto(`${sessionUrl}/spreektijd`);
    await observerPage.getByRole('button', { name: 'Ayla Vink, leerling' }).click();
    await expect
      .poll(() =>
        consolePage.getByRole('button', { name: 'Ayla Vink, leerling' }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    await expectAccessible(observerPage, 'second device for speaking time');

    // Ayla talks on: four minutes later the console suggests a respectful interruption…
    await consoleDevice.clock.fastForward('04:00');
    await observerDevice.clock.fastForward('04:00');
    await expect.poll(() => consolePage.getByTestId('speaking-prompts').textContent()).toMatch(LONG_TURN);
    await expectAccessible(consolePage, 'console with a speaking-time prompt');
    // …and no other screen shows it, nor any speaking time at all.
    await expect
      .poll(() => observerPage.getByRole('button', { name: 'Ayla Vink, leerling' }).textContent())
      .toMatch(/Spreekt nu: 0?4:0\d/);
    expect(await observerPage.getByTestId('speaking-prompts').count()).toBe(0);
    expect(await mainText(observerPage)).not.toMatch(LONG_TURN);
    for (const screen of [projector, ...phones]) {
      const shown = await mainText(screen);
      expect(shown).not.toMatch(LONG_TURN);
      expect(shown).not.toContain('Spreektijd');
      const frames = received.get(screen)!;
      expect(frames.length).toBeGreaterThan(0);
      expect(frames.filter((f) => f.includes('"speaking":{'))).toEqual([]);
    }

    // A tap on the teacher's seat in a listen-only round asks first, then counts as a departure.
    await consolePage.getByRole('button', { name: 'Meneer Ed Uil, docent' }).click();
    const dialog = consolePage.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toMatch(/luisteren de docenten alleen/);
    await expectAccessible(consolePage, 'confirming a listener tap');
    await dialog.getByRole('button', { name: 'Ja, Meneer Ed Uil spreekt' }).click();
    await expect.poll(() => mainText(consolePage)).toContain('Afwijkingen van de methode in deze ronde: 1');
    await expect
      .poll(() =>
        observerPage.getByRole('button', { name: 'Meneer Ed Uil, docent' }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    await consolePage.getByRole('button', { name: 'Bram Otter, leerling' }).click();
    await consolePage.keyboard.press('Escape');

    // The observer writes down what they saw, saves a draft during the round and sends it afterwards.
    await observerPage.getByRole('link', { name: 'Naar het observatieformulier' }).click();
    await heading(observerPage);
    await observerPage.getByLabel(/^2 – ongelijk/).check();
    await observerPage
      .getByLabel('Toelichting bij de spreektijd')
      .fill('Ayla kreeg veel ruimte; Bram wachtte lang.');
    await observerPage
      .getByLabel('Onderbreken')
      .fill('Na vier minuten vriendelijk onderbroken met een samenvatting.');
    await observerPage.getByLabel('Eén tip').fill('Nodig de stille plekken eerder uit.');
    await observerPage.getByRole('button', { name: 'Concept opslaan' }).click();
    await expect.poll(() => mainText(observerPage)).toContain('Concept, laatst opgeslagen op');
    await expectAccessible(observerPage, 'observation form');
    await observerPage.getByRole('button', { name: 'Versturen naar de gespreksleider' }).click();
    await expect
      .poll(() => observerPage.locator('body').textContent())
      .toContain('Je observatie is verstuurd');

    // It reaches the facilitator, on their own overview.
    await consolePage.goto(`${t.url}/begeleiden`);
    await heading(consolePage);
    await expect.poll(() => mainText(consolePage)).toContain('Nodig de stille plekken eerder uit.');
    expect(await mainText(consolePage)).toContain('Olaf Observator');
    await expectAccessible(consolePage, 'my facilitation with a received observation');

    // Closing: the report shows each side's share and how many seats spoke, and no one's time or name.
    const closing = await signIn(await newDevice(browser), t, coordinator);
    await closing.goto(sessionUrl);
    await closing.getByRole('button', { name: 'Gesprek afsluiten' }).click();
    const confirm = closing.getByRole('dialog');
    if (await confirm.count()) await confirm.getByRole('button', { name: /afsluiten/i }).click();
    await closing.goto(`${sessionUrl}/verslag`);
    await heading(closing);
    const section = closing.locator('section[aria-labelledby="verslag-spreektijd"]');
    await expect.poll(() => section.textContent()).toMatch(/plekken spraken/);
    const report = (await section.textContent()) ?? '';
    // Two students and one teacher spoke: a share that one to four people spoke would be theirs, so the chart
    // withholds both shares and shows how many seats spoke.
    expect(report).toContain('niet getoond (aan een kant spraken één tot vier mensen)');
    expect(report).toContain('<5 van <5 plekken spraken');
    expect(report).toMatch(/Afwijkingen van de methode: 1/);
    for (const name of ['Ayla', 'Bram', 'Ed Uil', 'Fe Kraai']) expect(report).not.toContain(name);
    expect(report).not.toMatch(/\d+:\d\d/);
    await expectAccessible(closing, 'report with speaking time');
  });
});
