/**
 * Opens the database: SQLite through libsql by default (a file under data/), PostgreSQL through pg
 * when a postgres:// URL is given. Migrations run before the handle is returned.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import pg from 'pg';
import { AppError } from '../core/errors.js';
import { migrate } from './migrations/index.js';
import type { Tables } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Tables>;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://... to use PostgreSQL; otherwise `file` is used. */
  url?: string | null;
  /** SQLite file path, or ":memory:". */
  file: string;
  /** PostgreSQL schema to use (created if missing); tests use one per run. */
  schema?: string;
}

/**
 * @example
 * const { db, close } = await openDatabase({ file: 'data/newsdigest.db' });
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const url = options.url?.trim();
  let dialect: Dialect;
  let name: DialectName;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    name = 'postgres';
    if (options.schema && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
      throw new AppError('config_invalid', `The database schema name "${options.schema}" is not valid.`);
    }
    const schema = options.schema;
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    if (schema) {
      await withClient(url, (client) => client.query(`create schema if not exists ${schema}`));
      // Queued before any other query on the new connection, so every query sees the schema.
      pool.on('connect', (client) => void client.query(`set search_path to ${schema}`).catch(() => undefined));
    }
    dialect = new PostgresDialect({ pool });
  } else {
    name = 'sqlite';
    dialect = new SqliteDialect({ database: openSqlite(options.file) });
  }
  const db = new Kysely<Tables>({ dialect });
  try {
    await migrate(db, name, name === 'postgres' ? (options.schema ?? 'public') : undefined);
  } catch (error) {
    await db.destroy();
    throw new AppError('store', `The database could not be prepared: ${(error as Error).message}`, {
      context: { dialect: name },
      cause: error,
    });
  }
  return { db, dialect: name, close: () => db.destroy() };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return await run(client);
  } catch (error) {
    throw new AppError('store', `PostgreSQL at DATABASE_URL could not be reached: ${(error as Error).message}`, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}

function openSqlite(file: string): Database.Database {
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const database = new Database(file);
    // WAL lets readers (slash commands) run while the scheduler writes; busy_timeout waits for a
    // writer in another process instead of failing at once.
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 5000');
    // In WAL mode NORMAL never corrupts the database; a power cut may lose the last commits, which
    // re-importing or the next feed poll brings back. FULL would fsync every article.
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    return database;
  } catch (error) {
    throw new AppError('store', `The database file ${file} could not be opened: ${(error as Error).message}`, {
      context: { file },
      cause: error,
    });
  }
}
