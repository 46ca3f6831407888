/**
 * Kring at scale: two server processes on one PostgreSQL database and one Redis. A phone connected to one
 * instance sees at once what the facilitator does through the other.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, waitForExit } from '../helpers/cli.ts';
import { ApiClient } from '../helpers/client.ts';
import { createPostgresDatabase, DIALECTS, TEST_REDIS_URL } from '../helpers/dialects.ts';
import { LiveDevice } from '../helpers/live.ts';
import { seedLiveSession, TEST_SECRET } from '../helpers/seed.ts';
import { command, join } from '../helpers/spiegel.ts';

describe.runIf(DIALECTS.includes('postgres'))('two instances on PostgreSQL and Redis', () => {
  const prefix = `kring-test-${randomBytes(6).toString('hex')}:`;
  const dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'kring-scale-')));
  let drop: () => Promise<void>;
  let servers: Awaited<ReturnType<typeof startServer>>[] = [];
  let seeded: Awaited<ReturnType<typeof seedLiveSession>>;
  const devices: LiveDevice[] = [];

  beforeAll(async () => {
    const db = await createPostgresDatabase();
    drop = db.drop;
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      KRING_SECRET: TEST_SECRET,
    };
    seeded = await seedLiveSession({ ...env, DATA_DIR: dirs[0]! });
    servers = await Promise.all(dirs.map((dir) => startServer({ ...env, DATA_DIR: dir })));
  });
  afterAll(async () => {
    for (const d of devices) d.close();
    for (const s of servers) {
      s.child.kill('SIGTERM');
      await waitForExit(s.child);
    }
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await drop?.();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('delivers a command given on instance A to a phone connected to instance B, and a join on B to staff on A', async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const staffOnA = new LiveDevice(
      a.url,
      { type: 'hello', as: 'staff', sessionId: seeded.sessionId },
      seeded.cookie,
    );
    devices.push(staffOnA);
    await staffOnA.snapshot();

    const joined = await join(new ApiClient(b.url), seeded.code, 'voices', 'Op B');
    expect(joined.status).toBe(200);
    const phoneOnB = new LiveDevice(b.url, { type: 'hello', as: 'participant', token: joined.body.token });
    devices.push(phoneOnB);
    await phoneOnB.snapshot();
    await staffOnA.waitFor((m) => m.type === 'state' && m.live.participants.some((p) => p.name === 'Op B'));

    const facilitator = new ApiClient(a.url);
    for (const [name, value] of Object.entries(seeded.staffCookies)) facilitator.setCookie(name, value);
    const sent = await command(facilitator, seeded.schoolId, seeded.sessionId, {
      type: 'goToPhase',
      index: 3,
    });
    expect(sent.status).toBe(200);
    const seen = await phoneOnB.reach(sent.body.seq);
    expect(seen.live.phaseIndex).toBe(3);
  });
});
