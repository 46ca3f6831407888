/**
 * A server killed with SIGKILL in the middle of round 2 loses nothing it accepted: after a restart the phase
 * and the timer's deadline are as they were, and a phone that says hello again resumes where the session is.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/modules/spiegel/domain/protocol.ts';
import { freePort, startServer, waitForExit } from '../helpers/cli.ts';
import { ApiClient } from '../helpers/client.ts';
import { LiveDevice } from '../helpers/live.ts';
import { seedLiveSession } from '../helpers/seed.ts';
import { command, join } from '../helpers/spiegel.ts';

type Snapshot = Extract<ServerMessage, { type: 'snapshot' }>;

describe('a server killed mid-session', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-crash-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('comes back with the phase and the deadline intact, and phones resume', async () => {
    const env = { DATA_DIR: dataDir, PORT: String(await freePort()) };
    const seeded = await seedLiveSession(env);
    const first = await startServer(env);
    const facilitator = new ApiClient(first.url);
    for (const [name, value] of Object.entries(seeded.staffCookies)) facilitator.setCookie(name, value);
    const token = (await join(new ApiClient(first.url), seeded.code, 'voices', 'Robin')).body.token;
    await command(facilitator, seeded.schoolId, seeded.sessionId, { type: 'goToPhase', index: 2 });
    await command(facilitator, seeded.schoolId, seeded.sessionId, { type: 'showQuestion', index: 0 });
    const last = await command(facilitator, seeded.schoolId, seeded.sessionId, { type: 'startTimer' });
    expect(last.status).toBe(200);
    const phone = new LiveDevice(first.url, { type: 'hello', as: 'participant', token });
    const before = await phone.reach(last.body.seq);

    first.child.kill('SIGKILL');
    await waitForExit(first.child);
    await expect.poll(() => phone.closed).toBe(true);

    const second = await startServer(env);
    try {
      const again = new LiveDevice(second.url, { type: 'hello', as: 'participant', token });
      const snapshot = (await again.snapshot()) as Snapshot;
      expect(snapshot.seq).toBe(before.seq);
      expect(snapshot.live.phaseIndex).toBe(2);
      expect(snapshot.live.questionIndex).toBe(0);
      expect(snapshot.live.timer).toEqual(before.live.timer);
      expect(snapshot.live.participants.map((p) => p.name)).toEqual(['Robin']);
      again.close();
    } finally {
      second.child.kill('SIGTERM');
      await waitForExit(second.child);
    }
  });
});
