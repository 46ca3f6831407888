/**
 * Throttling wrong receipt codes (PRODUCT M2): per source and per school, with a delay that grows with each
 * failure. The source is a keyed hash of the address, held only in memory (or in Redis with an expiry when
 * several instances run): no address is stored or logged.
 */
import type { Services } from '../../../server/context.ts';
import { retryAfterMs } from '../domain/receipt.ts';

/** Failures are forgotten after this long without a new one. */
const WINDOW_MS = 60 * 60_000;
/** A whole school allows this many more failures before it slows down (many students, one address range). */
const SCHOOL_ALLOWANCE = 30;

interface Entry {
  failures: number;
  last: number;
}

const memory = new Map<string, Entry>();

async function read(services: Services, key: string): Promise<Entry> {
  if (services.redis) {
    const raw = await services.redis.get(`${services.config.redisPrefix}${key}`);
    return raw ? (JSON.parse(raw) as Entry) : { failures: 0, last: 0 };
  }
  const entry = memory.get(key);
  if (!entry || services.clock.now().getTime() - entry.last > WINDOW_MS) return { failures: 0, last: 0 };
  return entry;
}

async function write(services: Services, key: string, entry: Entry | null): Promise<void> {
  if (services.redis) {
    const full = `${services.config.redisPrefix}${key}`;
    if (entry) await services.redis.set(full, JSON.stringify(entry), 'PX', WINDOW_MS);
    else await services.redis.del(full);
    return;
  }
  if (entry) memory.set(key, entry);
  else memory.delete(key);
}

const keys = (services: Services, address: string, schoolId: string) => ({
  source: `meldpunt:throttle:source:${services.box.tag(`address:${address}`)}`,
  school: `meldpunt:throttle:school:${schoolId}`,
});

/** How long this source must still wait before trying a code, in ms (0: it may try now). */
export async function waitBeforeTry(services: Services, address: string, schoolId: string): Promise<number> {
  const now = services.clock.now().getTime();
  const k = keys(services, address, schoolId);
  const source = await read(services, k.source);
  const school = await read(services, k.school);
  const wait = Math.max(
    source.last + retryAfterMs(source.failures) - now,
    school.last + retryAfterMs(Math.max(0, school.failures - SCHOOL_ALLOWANCE)) - now,
  );
  return Math.max(0, wait);
}

export async function recordFailure(services: Services, address: string, schoolId: string): Promise<void> {
  const now = services.clock.now().getTime();
  const k = keys(services, address, schoolId);
  for (const key of [k.source, k.school]) {
    const entry = await read(services, key);
    await write(services, key, { failures: entry.failures + 1, last: now });
  }
}

/** A right code clears the source's count (not the school's: others may still be guessing). */
export async function recordSuccess(services: Services, address: string, schoolId: string): Promise<void> {
  await write(services, keys(services, address, schoolId).source, null);
}
