/**
 * The databases every integration suite runs on: SQLite always, PostgreSQL when reachable. With CI=true an
 * unreachable PostgreSQL (or Redis) fails the run instead of quietly testing less.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Dialect } from '../../src/platform/db/index.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const inCI = process.env.CI === 'true';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const pgUp = await postgresReachable();
if (!pgUp && inCI) {
  throw new Error(
    `PostgreSQL is not reachable at ${TEST_DATABASE_URL}, and CI=true: the PostgreSQL suites must run.`,
  );
}
if (!pgUp)
  console.warn(
    `PostgreSQL not reachable at ${TEST_DATABASE_URL}: running the integration tests on SQLite only.`,
  );

export const DIALECTS: Dialect[] = pgUp ? ['sqlite', 'postgres'] : ['sqlite'];

/** A URL for `name` on the test server. */
function urlFor(name: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty PostgreSQL database for one test app; `drop` removes it again. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kring_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: urlFor(name),
    async drop() {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
