/**
 * At scale Kring runs as several instances behind a load balancer, sharing PostgreSQL and Redis. Limits on
 * sign-in attempts must hold across instances, or an attacker would just spread guesses over them.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, inCI, TEST_REDIS_URL } from '../helpers/dialects.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

async function redisReachable(): Promise<boolean> {
  const probe = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
  });
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const redisUp = await redisReachable();
if (!redisUp && inCI)
  throw new Error(`Redis is not reachable at ${TEST_REDIS_URL}, and CI=true: the Redis suite must run.`);

describe.runIf(redisUp)('two instances sharing Redis', () => {
  const prefix = `kring-test-${randomBytes(6).toString('hex')}:`;
  const dialect = DIALECTS.includes('postgres') ? 'postgres' : 'sqlite';
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const env = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix };
    a = await startTestApp(dialect, { env });
    b = await startTestApp(dialect, { env });
  });
  afterAll(async () => {
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await a?.close();
    await b?.close();
  });

  it('counts sign-in attempts on instance A and instance B together', async () => {
    const attempt = (t: TestApp) =>
      t.client().post('/api/auth/login', { email: 'raad@school.nl', password: 'gok' });
    for (let i = 0; i < 5; i++) expect((await attempt(a)).status).toBe(401);
    for (let i = 0; i < 5; i++) expect((await attempt(b)).status).toBe(401);
    expect((await attempt(a)).status).toBe(429);
    expect((await attempt(b)).status).toBe(429);
    const redis = new Redis(TEST_REDIS_URL);
    expect((await redis.keys(`${prefix}*`)).length).toBeGreaterThan(0);
    redis.disconnect();
  });
});
