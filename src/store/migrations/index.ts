/**
 * Migrations kept in code and applied at start. Each runs once; Kysely's Migrator records them in
 * kysely_migration and takes a lock so two processes starting together do not race.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectName } from '../db.js';
import { initialSchema } from './001-initial.js';
import { externalIdIndex } from './002-external-id.js';

export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '001-initial': initialSchema(dialect),
    '002-external-id': externalIdIndex,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function migrate(db: Kysely<any>, dialect: DialectName, schema?: string): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  // The migrator looks for its own tables by introspection across schemas: name the schema, or a
  // second schema in the same database would find the first one's bookkeeping.
  const migrator = new Migrator({ db: db as Kysely<unknown>, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
