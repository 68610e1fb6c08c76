/**
 * Runs a store test on every database the machine offers: SQLite always, PostgreSQL when
 * DATABASE_URL is set (each run in a schema of its own, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Store } from '../../src/store/index.js';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  available: boolean;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

const databaseUrl = process.env.DATABASE_URL;
const schemas: string[] = [];

export const testDatabases: TestDatabase[] = [
  {
    name: 'sqlite',
    available: true,
    open: () => Store.open({ file: ':memory:' }),
    cleanup: async () => {},
  },
  {
    name: 'postgres',
    available: Boolean(databaseUrl),
    open: async () => {
      const schema = `nd_test_${randomBytes(5).toString('hex')}`;
      schemas.push(schema);
      return Store.open({ file: '', url: databaseUrl, schema });
    },
    cleanup: async () => {
      if (!databaseUrl || schemas.length === 0) return;
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      for (const schema of schemas.splice(0)) await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  },
];

if (!databaseUrl) {
  console.warn('[tests] DATABASE_URL is not set: PostgreSQL store tests are skipped (SQLite runs).');
}
