/** Opens everything Kring needs from its configuration, and closes it again. */
import fs from 'node:fs';
import { Redis } from 'ioredis';
import { type Clock, systemClock } from '../platform/clock.ts';
import type { Config } from '../platform/config.ts';
import { loadOrCreateSecret, secretBox } from '../platform/crypto/secretBox.ts';
import { openDatabase } from '../platform/db/index.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { createMailer } from '../platform/mail/mailer.ts';
import { memoryBus, redisBus } from '../platform/realtime/bus.ts';
import type { Services } from './context.ts';

export interface OpenedServices {
  services: Services;
  sqlite: ReturnType<typeof openDatabase>['sqlite'];
  close(): Promise<void>;
}

export interface OpenOptions {
  clock?: Clock;
  migrate?: boolean;
  onMail?: (where: string) => void;
}

/** Opens the database (and runs migrations unless told not to), Redis when configured, and the mailer. */
export async function openServices(config: Config, options: OpenOptions = {}): Promise<OpenedServices> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const { db, dialect, sqlite } = openDatabase({
    databaseUrl: config.databaseUrl,
    sqliteFile: config.sqliteFile,
  });
  if (options.migrate !== false) await migrateToLatest(db);
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 })
    : undefined;
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    dataDir: config.dataDir,
    ...(options.onMail ? { onDelivered: options.onMail } : {}),
  });
  const services: Services = {
    db,
    dialect,
    clock: options.clock ?? systemClock,
    mailer,
    box: secretBox(loadOrCreateSecret(config.secret, config.dataDir)),
    config,
    redis,
    bus: redis ? redisBus(redis, `${config.redisPrefix}bus:`) : memoryBus(),
    publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    routes: [],
    background: new Set(),
  };
  return {
    services,
    sqlite,
    async close() {
      await Promise.allSettled([...services.background]);
      mailer.close();
      await services.bus.close();
      if (redis) await redis.quit().catch(() => redis.disconnect());
      await db.destroy();
    },
  };
}
