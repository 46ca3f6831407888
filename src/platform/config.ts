/**
 * Kring's configuration, read once from the environment and validated. Everything has a default that works
 * on a fresh machine: SQLite in ./data, port 3000, mail written to ./data/mail as .eml files.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * Which proxies in front of Kring to believe about the client's address and protocol: none (false), the
 * nearest `n` hops, or the proxies at these addresses and networks. Whatever a client writes into
 * X-Forwarded-For before the trusted proxies' own entries is ignored, so it cannot pose as someone else to
 * the rate limits and the receipt-code throttle.
 */
export type TrustProxy = false | number | string[];

/** The names proxy-addr knows for common private ranges, besides addresses and CIDR networks. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 20;
/** The widest networks a proxy list may name: a /8 of IPv4, a /7 of IPv6 (fc00::/7, the private block). */
const MIN_PREFIX_V4 = 8;
const MIN_PREFIX_V6 = 7;

function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  const bits = Number(prefix);
  if (bits > (version === 4 ? 32 : 128)) return false;
  // A network wider than any proxy's (0.0.0.0/0, ::/0, or two halves of everything) would trust any client to name
  // its own address. IPv4 addresses written as IPv6 (::ffff:a.b.c.d) count as IPv4 after their first 96 bits.
  if (version === 4) return bits >= MIN_PREFIX_V4;
  if (/^::ffff:/i.test(address)) return bits >= 96 + MIN_PREFIX_V4;
  return bits >= MIN_PREFIX_V6;
}

/**
 * Reads TRUST_PROXY: `false` (the default), a hop count (`1`: one reverse proxy), or a comma-separated list of
 * proxy addresses and networks (`10.0.0.2, 192.168.1.0/24`). `true` used to trust every hop, which let anyone
 * choose their own address; it now means one hop, and `legacyTrue` says so, for a warning at start.
 */
export function parseTrustProxy(value: string): { trustProxy: TrustProxy; legacyTrue: boolean } {
  const text = value.trim().toLowerCase();
  if (text === '' || text === 'false' || text === '0') return { trustProxy: false, legacyTrue: false };
  if (text === 'true') return { trustProxy: 1, legacyTrue: true };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) throw new Error(`at most ${MAX_HOPS} proxy hops`);
    return { trustProxy: hops, legacyTrue: false };
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => !isProxyAddress(entry));
  if (wrong.length > 0)
    throw new Error(
      `expected false, a hop count or proxy addresses/networks (e.g. 10.0.0.2,192.168.0.0/16; no network wider than /8, or /7 for IPv6: not every address); not: ${wrong.join(', ') || '(empty)'}`,
    );
  return { trustProxy: entries, legacyTrue: false };
}

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('data'),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  REDIS_PREFIX: z.string().default('kring:'),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Kring <kring@localhost>'),
  /** The address people use to reach Kring, for links in mail. Defaults to http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** 32+ random bytes (hex or base64) that seal secrets at rest; generated into DATA_DIR when absent. */
  KRING_SECRET: z.string().min(32).optional(),
  /** The reverse proxies to believe (hops or addresses); their X-Forwarded-Proto makes cookies Secure. */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sqliteFile: string;
  redisUrl: string | undefined;
  redisPrefix: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string | undefined;
  secret: string | undefined;
  trustProxy: TrustProxy;
  /** TRUST_PROXY was `true`, read as one hop: worth a warning at start. */
  trustProxyLegacyTrue: boolean;
  logLevel: string;
}

/** Reads and checks the environment; throws a readable error naming the wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Kring's configuration is not right:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sqliteFile: path.join(dataDir, 'kring.db'),
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    secret: e.KRING_SECRET,
    trustProxy: e.TRUST_PROXY.trustProxy,
    trustProxyLegacyTrue: e.TRUST_PROXY.legacyTrue,
    logLevel: e.LOG_LEVEL,
  };
}
