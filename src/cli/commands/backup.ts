/** `kring backup <file>` and `kring restore <file>`. */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../../platform/config.ts';
import { backupPostgres, backupSqlite, restorePostgres, restoreSqlite } from '../../platform/db/backup.ts';
import { openDatabase } from '../../platform/db/index.ts';

export async function backupCommand(file: string): Promise<void> {
  const config = loadConfig();
  const target = path.resolve(file);
  if (config.databaseUrl) {
    await backupPostgres(config.databaseUrl, target);
  } else {
    if (!fs.existsSync(config.sqliteFile)) throw new Error(`No database at ${config.sqliteFile}`);
    const { db, sqlite } = openDatabase({ sqliteFile: config.sqliteFile });
    try {
      await backupSqlite(sqlite!, target);
    } finally {
      await db.destroy();
    }
  }
  console.log(`Back-up geschreven naar / Backup written to ${target}`);
}

function serverRunning(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'kring.pid');
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function restoreCommand(file: string, options: { yes?: boolean }): Promise<void> {
  const config = loadConfig();
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new Error(`No backup at ${source}`);
  if (!config.databaseUrl && serverRunning(config.dataDir)) {
    throw new Error('Kring is running on this data folder. Stop the server first, then restore.');
  }
  if (!options.yes) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(
      'Alle huidige gegevens worden vervangen / All current data will be replaced. Type "ja" or "yes": ',
    );
    rl.close();
    if (!['ja', 'yes'].includes(answer.trim().toLowerCase())) {
      console.log('Niets veranderd / Nothing changed.');
      return;
    }
  }
  if (config.databaseUrl) await restorePostgres(config.databaseUrl, source);
  else restoreSqlite(source, config.sqliteFile);
  console.log('Back-up teruggezet / Backup restored. Start Kring again.');
}
