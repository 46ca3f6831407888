/**
 * Consistent copies of the data. SQLite: the online backup API, safe while the server writes. PostgreSQL:
 * pg_dump / pg_restore in their custom format (the client tools must be installed).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import SQLite from 'better-sqlite3';

/** Copies a live SQLite database to `target` page by page; readers and writers carry on meanwhile. */
export async function backupSqlite(source: SQLite.Database, target: string): Promise<void> {
  await source.backup(target);
  fs.chmodSync(target, 0o600);
}

/** Checks that `file` is an intact Kring database before anything is replaced with it. */
export function verifySqliteBackup(file: string): void {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`The backup is damaged: ${String(check)}`);
    const table = db
      .prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (!table) throw new Error('This file is not a Kring backup (it has no migration table).');
  } finally {
    db.close();
  }
}

/** Replaces the database file with a verified backup. The server must not be running. */
export function restoreSqlite(backupFile: string, databaseFile: string): void {
  verifySqliteBackup(backupFile);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(databaseFile + suffix, { force: true });
  const staging = `${databaseFile}.restoring`;
  fs.copyFileSync(backupFile, staging);
  fs.renameSync(staging, databaseFile);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.on('error', (error) => reject(new Error(`${command} could not be started: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

export async function backupPostgres(databaseUrl: string, target: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', '--file', target, databaseUrl]);
  fs.chmodSync(target, 0o600);
}

export function restorePostgres(databaseUrl: string, backupFile: string): Promise<void> {
  return run('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--single-transaction',
    '--dbname',
    databaseUrl,
    backupFile,
  ]);
}
