/**
 * Opens Kring's database: embedded SQLite (WAL, foreign keys on) by default, PostgreSQL when a URL is given.
 * Both go through Kysely with the same queries and the same migrations.
 *
 * @example const db = await openDatabase({ databaseUrl: undefined, sqliteFile: 'data/kring.db' });
 */
import SQLite from 'better-sqlite3';
import {
  type DeleteQueryBuilder,
  type DeleteResult,
  type Insertable,
  Kysely,
  PostgresDialect,
  type SelectQueryBuilder,
  SqliteDialect,
  sql,
  type UpdateQueryBuilder,
  type UpdateResult,
} from 'kysely';
import pg from 'pg';
import type { SchoolTableName, Tables } from './schema.ts';

export type Database = Kysely<Tables>;
export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** postgres://… — when set, PostgreSQL is used instead of SQLite. */
  databaseUrl?: string | undefined;
  /** The SQLite file (or ':memory:'). */
  sqliteFile: string;
}

export interface OpenedDatabase {
  db: Database;
  dialect: Dialect;
  /** The raw better-sqlite3 handle, for the online backup. Absent on PostgreSQL. */
  sqlite?: SQLite.Database;
}

/** Opens a connection pool (PostgreSQL) or the embedded file (SQLite) with Kring's settings. */
export function openDatabase(options: DatabaseOptions): OpenedDatabase {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection that the server drops (a restart, a failover) is replaced on next use; without a
    // handler its error event would end the whole process.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    return { db: new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  const sqlite = new SQLite(options.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Deleted rows are overwritten, not left in free pages: a purged case must not stay readable in the file.
  sqlite.pragma('secure_delete = ON');
  return {
    db: new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) }),
    dialect: 'sqlite',
    sqlite,
  };
}

/** True when the database answers a trivial query; used by the readiness endpoint. */
export async function isReachable(db: Database): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/**
 * After deleting or re-sealing secrets: SQLite overwrites deleted rows in the file (secure_delete), but its
 * write-ahead log still holds the pages as they were until a checkpoint, which copies them back and empties it.
 * (PostgreSQL keeps old row versions until vacuum and in its own log until recycled; see the README.)
 */
export async function forgetOldPages(db: Database, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
}

/**
 * Queries on one school's rows. Repositories of school data use this instead of `db` directly, so a query
 * that forgets the school cannot be written: reads, updates and deletes are filtered by `school_id`, and
 * inserts get it filled in.
 *
 * @example await forSchool(db, schoolId).selectFrom('teams').selectAll().execute();
 */
export function forSchool(db: Database, schoolId: string) {
  // Kysely cannot narrow the columns of a generic table name, so the filter is written against one school
  // table and the builder is typed back to the table asked for. Every SchoolTableName has school_id.
  return {
    schoolId,
    selectFrom<T extends SchoolTableName>(table: T) {
      return db
        .selectFrom(table as 'teams')
        .where(`${table}.school_id` as 'school_id', '=', schoolId) as unknown as SelectQueryBuilder<
        Tables,
        T,
        object
      >;
    },
    updateTable<T extends SchoolTableName>(table: T) {
      return db
        .updateTable(table as 'teams')
        .where('school_id', '=', schoolId) as unknown as UpdateQueryBuilder<Tables, T, T, UpdateResult>;
    },
    deleteFrom<T extends SchoolTableName>(table: T) {
      return db
        .deleteFrom(table as 'teams')
        .where('school_id', '=', schoolId) as unknown as DeleteQueryBuilder<Tables, T, DeleteResult>;
    },
    insertInto<T extends SchoolTableName>(table: T, values: Omit<Insertable<Tables[T]>, 'school_id'>) {
      return db.insertInto(table).values({ ...values, school_id: schoolId } as never);
    },
  };
}

export type SchoolScope = ReturnType<typeof forSchool>;
