/**
 * Throttling wrong receipt codes (PRODUCT M2): per source and per school, with a delay that grows with each
 * failure. A right code does not clear the count (a guesser with a code of their own would reset it). The source is a keyed hash of the address, held only in memory (or in Redis with an expiry when
 * several instances run): no address is stored or logged.
 */
import type { Services } from '../../../server/context.ts';
import { retryAfterMs } from '../domain/receipt.ts';

/** Failures are forgotten after this long without a new one. */
const WINDOW_MS = 60 * 60_000;
/** A whole school allows this many more failures before it slows down (many students, one address range). */
const SCHOOL_ALLOWANCE = 30;
/**
 * …and then never more than this per try: enough to make guessing 10^12 codes hopeless, too little for one
 * person to lock every student of a school out of their report.
 */
const SCHOOL_MAX_WAIT_MS = 2000;

interface Entry {
  failures: number;
  last: number;
}

/** Per running server (each test app has its own), when there is no Redis to share counts between instances. */
const memories = new WeakMap<Services, Map<string, Entry>>();
function memoryOf(services: Services): Map<string, Entry> {
  let memory = memories.get(services);
  if (!memory) {
    memory = new Map();
    memories.set(services, memory);
  }
  return memory;
}

async function read(services: Services, key: string): Promise<Entry> {
  if (services.redis) {
    const raw = await services.redis.get(`${services.config.redisPrefix}${key}`);
    return raw ? (JSON.parse(raw) as Entry) : { failures: 0, last: 0 };
  }
  const entry = memoryOf(services).get(key);
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
  const memory = memoryOf(services);
  if (entry) memory.set(key, entry);
  else memory.delete(key);
  // Forget what has expired, so hashed sources do not pile up in memory.
  if (memory.size > 10_000) {
    const cutoff = services.clock.now().getTime() - WINDOW_MS;
    for (const [k, e] of memory) if (e.last < cutoff) memory.delete(k);
  }
}

/**
 * The source an address belongs to: an IPv4 address, or the /64 network of an IPv6 address (one household or
 * phone gets a whole /64, so single addresses would give a guesser endless fresh sources).
 */
export function sourceOf(address: string): string {
  if (!address.includes(':') || address.includes('.')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

const keys = (services: Services, address: string, schoolId: string) => ({
  source: `meldpunt:throttle:source:${services.box.tag(`address:${sourceOf(address)}`)}`,
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
    school.last +
      Math.min(retryAfterMs(Math.max(0, school.failures - SCHOOL_ALLOWANCE)), SCHOOL_MAX_WAIT_MS) -
      now,
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
