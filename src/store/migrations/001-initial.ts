import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../db.js';

/** The first schema: articles and their analysis, stories, figures, feeds, workspaces, deliveries. */
export function initialSchema(dialect: DialectName): Migration {
  const serial = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('workspaces')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text')
        .addColumn('origin_kind', 'text', (c) => c.notNull())
        .addColumn('origin_ref', 'text', (c) => c.notNull())
        .addColumn('outlet', 'text')
        .addColumn('byline', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('guid', 'text')
        .addColumn('published', 'text')
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('placed_at', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('story_id', 'text')
        .addColumn('fingerprint', 'text', (c) => c.notNull().defaultTo('{}'))
        .addUniqueConstraint('articles_workspace_hash', ['workspace', 'content_hash'])
        .execute();
      await db.schema.createIndex('articles_workspace_placed').on('articles').columns(['workspace', 'placed_at']).execute();
      await db.schema.createIndex('articles_workspace_ingested').on('articles').columns(['workspace', 'ingested_at']).execute();
      await db.schema.createIndex('articles_workspace_url').on('articles').columns(['workspace', 'url']).execute();
      await db.schema.createIndex('articles_workspace_guid').on('articles').columns(['workspace', 'guid']).execute();
      await db.schema.createIndex('articles_story').on('articles').columns(['story_id']).execute();

      await db.schema
        .createTable('article_topics')
        .addColumn('workspace', 'text', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('score', 'real', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_topics_pk', ['article_id', 'topic'])
        .execute();
      await db.schema.createIndex('article_topics_workspace_topic').on('article_topics').columns(['workspace', 'topic']).execute();

      await db.schema
        .createTable('stories')
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('workspace', 'text', (c) => c.notNull())
        .addColumn('first_placed_at', 'text', (c) => c.notNull())
        .addColumn('last_placed_at', 'text', (c) => c.notNull())
        .addColumn('article_count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('stories_pk', ['workspace', 'id'])
        .execute();

      await db.schema
        .createTable('figures')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace', 'text', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('population', 'text')
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('qualifier', 'text')
        .addColumn('source', 'text')
        .addColumn('caveat', 'text')
        .addColumn('sentence', 'text', (c) => c.notNull())
        .addColumn('as_of', 'text', (c) => c.notNull())
        .addColumn('as_of_unknown', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('figures_workspace_metric').on('figures').columns(['workspace', 'metric', 'as_of']).execute();
      await db.schema.createIndex('figures_article').on('figures').columns(['article_id']).execute();

      await db.schema
        .createTable('feeds')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('added_by', 'text')
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('last_fetched_at', 'text')
        .addColumn('last_status', 'text')
        .addColumn('last_error', 'text')
        .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('retry_after', 'text')
        .addColumn('item_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addUniqueConstraint('feeds_workspace_url', ['workspace', 'url'])
        .execute();

      await db.schema
        .createTable('subscriptions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('cron', 'text', (c) => c.notNull())
        .addColumn('timezone', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled_reason', 'text')
        .addColumn('last_error', 'text')
        .addColumn('last_error_at', 'text')
        .addColumn('last_delivered_at', 'text')
        .addUniqueConstraint('subscriptions_target', ['workspace', 'platform', 'channel_id', 'topic'])
        .execute();

      await db.schema
        .createTable('deliveries')
        .addColumn('id', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('slot_key', 'text', (c) => c.notNull().unique())
        .addColumn('workspace', 'text', (c) => c.notNull())
        .addColumn('subscription_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('parts_posted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('message_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('claimed_by', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('error', 'text')
        .execute();

      await db.schema
        .createTable('topic_overrides')
        .addColumn('workspace', 'text', (c) => c.notNull())
        .addColumn('topic_id', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('topic_overrides_pk', ['workspace', 'topic_id'])
        .execute();

      if (dialect === 'sqlite') {
        // FTS5 over title and text, kept in step with articles by triggers (external content).
        await sql`create virtual table article_search using fts5(title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
        await sql`create trigger articles_search_insert after insert on articles begin
          insert into article_search(rowid, title, text) values (new.rowid, new.title, new.text); end`.execute(db);
        await sql`create trigger articles_search_delete after delete on articles begin
          insert into article_search(article_search, rowid, title, text) values ('delete', old.rowid, old.title, old.text); end`.execute(db);
        await sql`create trigger articles_search_update after update of title, text on articles begin
          insert into article_search(article_search, rowid, title, text) values ('delete', old.rowid, old.title, old.text);
          insert into article_search(rowid, title, text) values (new.rowid, new.title, new.text); end`.execute(db);
      } else {
        await sql`alter table articles add column search tsvector generated always as (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) stored`.execute(db);
        await sql`create index articles_search on articles using gin (search)`.execute(db);
      }
    },
  };
}
