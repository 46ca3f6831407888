/**
 * A real Kring server for one test file: its own SQLite file or PostgreSQL database, a real SMTP server for
 * its mail, listening on a free port. `close()` removes everything again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ManualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Dialect } from '../../src/platform/db/index.ts';
import { buildApp } from '../../src/server/app.ts';
import type { Services } from '../../src/server/context.ts';
import { openServices } from '../../src/server/services.ts';
import { ApiClient } from './client.ts';
import { createPostgresDatabase } from './dialects.ts';
import { Mailbox } from './mailbox.ts';

export interface TestApp {
  dialect: Dialect;
  app: FastifyInstance;
  services: Services;
  mailbox: Mailbox;
  clock: ManualClock;
  url: string;
  dataDir: string;
  client(locale?: string): ApiClient;
  /** Waits for the work that goes on after answers (mail, mostly) to finish. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** A clock the test moves; the real clock when absent. */
  manualClock?: boolean;
  /** Collect the server's log lines here (at info level) instead of discarding them. */
  logLines?: string[];
}

export async function startTestApp(dialect: Dialect, options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-test-'));
  const pgDb = dialect === 'postgres' ? await createPostgresDatabase() : undefined;
  const mailbox = new Mailbox();
  await mailbox.start();
  const config = loadConfig({
    DATA_DIR: dataDir,
    SMTP_URL: mailbox.url,
    KRING_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    LOG_LEVEL: 'silent',
    ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
    ...options.env,
  });
  const clock = new ManualClock(new Date());
  const opened = await openServices(config, options.manualClock ? { clock } : {});
  const logStream = options.logLines
    ? new Writable({
        write(chunk, _encoding, done) {
          options.logLines!.push(String(chunk));
          done();
        },
      })
    : undefined;
  if (logStream) opened.services.config.logLevel = 'info';
  const app = await buildApp(opened.services, logStream ? { logStream } : { logger: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  opened.services.publicUrl = address;
  return {
    dialect,
    app,
    services: opened.services,
    mailbox,
    clock,
    url: address,
    dataDir,
    client: (locale = 'nl') => new ApiClient(address, locale),
    async settled() {
      while (opened.services.background.size > 0) await Promise.all([...opened.services.background]);
    },
    async close() {
      await app.close();
      await opened.close();
      await mailbox.stop();
      await pgDb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
