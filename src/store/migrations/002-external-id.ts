import type { Kysely, Migration } from 'kysely';

/** Re-importing a record with the same source id (JSONL `id`) is a duplicate: index the lookup. */
export const externalIdIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('articles_workspace_external').on('articles').columns(['workspace', 'external_id']).execute();
  },
};
