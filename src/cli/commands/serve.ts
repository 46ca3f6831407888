/** `kring serve`: migrate, listen, print where to go, and shut down gracefully on SIGTERM/SIGINT. */
import fs from 'node:fs';
import path from 'node:path';
import { issueSetupToken } from '../../modules/accounts/commands/setup.ts';
import { SESSION_IDLE_MS } from '../../modules/accounts/domain/sessionPolicy.ts';
import {
  passwordResetsRepository,
  sessionsRepository,
} from '../../modules/accounts/repositories/sessions.ts';
import { HOUR } from '../../platform/clock.ts';
import { loadConfig } from '../../platform/config.ts';
import { buildApp } from '../../server/app.ts';
import { openServices } from '../../server/services.ts';

export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  const opened = await openServices(config, {
    onMail: (where) =>
      where === 'smtp' ? undefined : console.log(`✉  Mail geschreven naar / written to ${where}`),
  });
  const app = await buildApp(opened.services);
  const address = await app.listen({ port: config.port, host: config.host });
  const port = Number(new URL(address).port);
  if (!config.publicUrl) opened.services.publicUrl = `http://localhost:${port}`;
  const url = opened.services.publicUrl;
  const pidFile = path.join(config.dataDir, 'kring.pid');
  if (!config.databaseUrl) fs.writeFileSync(pidFile, String(process.pid));

  const setupToken = await issueSetupToken(opened.services);
  const lines = [
    '',
    `  Kring draait op / is running at  ${url}`,
    `  Database: ${config.databaseUrl ? 'PostgreSQL' : `SQLite (${config.sqliteFile})`}${config.redisUrl ? ', Redis' : ''}`,
    `  Mail: ${config.smtpUrl ? 'SMTP' : `.eml-bestanden / files in ${path.join(config.dataDir, 'mail')}`}`,
    '',
  ];
  if (setupToken) {
    lines.push(
      '  Eerste keer? Open deze eenmalige link om de organisatie en de eerste beheerder aan te maken:',
      '  First time? Open this one-time link to create the organisation and the first administrator:',
      '',
      `    ${url}/inrichten#token=${setupToken}`,
      '',
      '  (Liever eerst rondkijken? Stop Kring en voer `npm run demo` uit. / Rather look around first? Stop Kring and run `npm run demo`.)',
    );
  } else {
    lines.push(`  Log in op / Sign in at ${url}/inloggen`);
  }
  console.log(`${lines.join('\n')}\n`);

  // Expired sign-ins and reset links are deleted, not left lying around: once at start, then every hour.
  const purge = async () => {
    const now = opened.services.clock.now();
    await sessionsRepository(opened.services.db).removeExpired(now, SESSION_IDLE_MS);
    await passwordResetsRepository(opened.services.db).removeExpired(now);
  };
  await purge();
  const purgeTimer = setInterval(
    () => void purge().catch((error) => app.log.error({ err: error }, 'purge failed')),
    HOUR,
  );
  purgeTimer.unref();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    clearInterval(purgeTimer);
    await app.close();
    await opened.close();
    fs.rmSync(pidFile, { force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
