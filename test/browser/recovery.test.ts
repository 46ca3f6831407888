/**
 * Phones recover on their own: a server killed with SIGKILL during round 2 and started again finds the phone
 * that was following along back in the same round with the same deadline, without anyone touching it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newDevice } from '../helpers/browser.ts';
import { freePort, startServer, waitForExit } from '../helpers/cli.ts';
import { ApiClient } from '../helpers/client.ts';
import { seedLiveSession } from '../helpers/seed.ts';
import { command } from '../helpers/spiegel.ts';

describe('a phone when the server dies and comes back', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-recovery-'));
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows that it is reconnecting, then resumes the same round and time by itself', async () => {
    const env = { DATA_DIR: dataDir, PORT: String(await freePort()) };
    const seeded = await seedLiveSession(env);
    let server = await startServer(env);
    try {
      const facilitator = new ApiClient(server.url);
      for (const [name, value] of Object.entries(seeded.staffCookies)) facilitator.setCookie(name, value);

      const phone = await (await newDevice(browser, 'phone')).newPage();
      await phone.goto(`${server.url}/doe-mee#code=${seeded.code}`);
      await phone.getByLabel('Leerling of deelnemer').check();
      await phone.getByRole('button', { name: 'Meedoen' }).click();
      await phone.getByTestId('phase-title').waitFor();

      await command(facilitator, seeded.schoolId, seeded.sessionId, { type: 'goToPhase', index: 2 });
      await command(facilitator, seeded.schoolId, seeded.sessionId, { type: 'startTimer' });
      await expect.poll(() => phone.getByTestId('phase-title').textContent()).toMatch(/Ronde 2/);
      const timerBefore = (await phone.getByTestId('timer').textContent()) ?? '';

      server.child.kill('SIGKILL');
      await waitForExit(server.child);
      await expect.poll(() => phone.getByRole('main').textContent()).toContain('Verbinding herstellen');
      await expectAccessible(phone, 'phone while reconnecting');

      server = await startServer(env);
      await expect.poll(() => phone.getByRole('main').textContent()).not.toContain('Verbinding herstellen');
      expect(await phone.getByTestId('phase-title').textContent()).toMatch(/Ronde 2/);
      // The deadline survived: the clock went on counting down from where it was, it did not restart at 30:00.
      const [m, s] = ((await phone.getByTestId('timer').textContent()) ?? '').split(':').map(Number);
      const [mb, sb] = timerBefore.split(':').map(Number);
      expect((m ?? 0) * 60 + (s ?? 0)).toBeLessThanOrEqual((mb ?? 0) * 60 + (sb ?? 0));
      expect(m).toBeLessThan(30);
      // And the phone listens again: a change made now arrives.
      await command(facilitator, seeded.schoolId, seeded.sessionId, { type: 'goToPhase', index: 3 });
      await expect.poll(() => phone.getByTestId('phase-title').textContent()).toMatch(/Ronde 3/);
    } finally {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
  });
});
