/**
 * Kring's configuration, read once from the environment and validated. Everything has a default that works
 * on a fresh machine: SQLite in ./data, port 3000, mail written to ./data/mail as .eml files.
 */
import path from 'node:path';
import { z } from 'zod';

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
  /** Set when Kring runs behind a proxy that terminates TLS; makes cookies Secure. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
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
  trustProxy: boolean;
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
    trustProxy: e.TRUST_PROXY === 'true',
    logLevel: e.LOG_LEVEL,
  };
}
