/** Articles with their topics, figures and story, written in one transaction and read back. */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Figure, TopicMatch } from '../core/analysis.js';
import { placedAt, type Article } from '../core/article.js';
import type { DialectName } from './db.js';
import type { ArticleTable, Tables } from './schema.js';

export interface NewArticle {
  article: Article;
  /** JSON-serializable story fingerprint. */
  fingerprint: unknown;
  topics: TopicMatch[];
  figures: Figure[];
}

export interface ClusterRow {
  id: string;
  storyId: string;
  fingerprint: unknown;
  placedAt: string;
  outlet: string | null;
}

export interface ArticleWithTopics extends Article {
  placedAt: string;
  topics: TopicMatch[];
}

export type WindowField = 'ingested_at' | 'placed_at';

export function toArticle(row: Selectable<ArticleTable>): Article & { placedAt: string } {
  return {
    id: row.id,
    workspace: row.workspace,
    externalId: row.external_id,
    origin: { kind: row.origin_kind === 'feed' ? 'feed' : 'file', ref: row.origin_ref },
    outlet: row.outlet,
    byline: row.byline,
    title: row.title,
    url: row.url,
    guid: row.guid,
    published: row.published,
    ingestedAt: row.ingested_at,
    placedAt: row.placed_at,
    text: row.text,
    contentHash: row.content_hash,
    storyId: row.story_id,
  };
}

export class ArticleRepository {
  constructor(private readonly db: Kysely<Tables>, private readonly dialect: DialectName) {}

  /** The id of an article already stored under the same content hash, guid or canonical URL. */
  async findDuplicate(
    workspace: string,
    keys: { contentHash: string; guid: string | null; url: string | null; externalId?: string | null },
  ): Promise<string | null> {
    // One indexed lookup per key: an OR across columns would make SQLite scan the workspace.
    const lookups: Array<['content_hash' | 'guid' | 'url' | 'external_id', string]> = [['content_hash', keys.contentHash]];
    if (keys.externalId) lookups.push(['external_id', keys.externalId]);
    if (keys.guid) lookups.push(['guid', keys.guid]);
    if (keys.url) lookups.push(['url', keys.url]);
    for (const [column, value] of lookups) {
      const row = await this.db.selectFrom('articles').select('id').where('workspace', '=', workspace).where(column, '=', value).limit(1).executeTakeFirst();
      if (row) return row.id;
    }
    return null;
  }

  /**
   * Stores an article, its topics and figures, and counts it in its story, atomically. Returns
   * false when an article with the same content hash was already there (nothing changes).
   */
  async insert(entry: NewArticle): Promise<boolean> {
    const [stored] = await this.insertMany([entry]);
    return stored ?? false;
  }

  /**
   * Stores several articles in one transaction (one commit instead of one per article, which is
   * what bounds the import speed on SQLite). Returns, per entry, whether it was new.
   */
  async insertMany(entries: NewArticle[]): Promise<boolean[]> {
    if (entries.length === 0) return [];
    return this.db.transaction().execute(async (trx) => {
      const results: boolean[] = [];
      for (const entry of entries) results.push(await this.insertOne(trx, entry));
      return results;
    });
  }

  private async insertOne(trx: Transaction<Tables>, entry: NewArticle): Promise<boolean> {
    const { article } = entry;
    const placed = placedAt(article);
    const result = await trx
      .insertInto('articles')
      .values({
        id: article.id,
        workspace: article.workspace,
        external_id: article.externalId,
        origin_kind: article.origin.kind,
        origin_ref: article.origin.ref,
        outlet: article.outlet,
        byline: article.byline,
        title: article.title,
        url: article.url,
        guid: article.guid,
        published: article.published,
        ingested_at: article.ingestedAt,
        placed_at: placed,
        text: article.text,
        content_hash: article.contentHash,
        story_id: article.storyId,
        fingerprint: JSON.stringify(entry.fingerprint),
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;

    if (entry.topics.length > 0) {
      await trx
        .insertInto('article_topics')
        .values(entry.topics.map((t) => ({
          workspace: article.workspace,
          article_id: article.id,
          topic: t.topic,
          score: t.score,
          evidence: JSON.stringify(t.evidence),
        })))
        .execute();
    }
    if (entry.figures.length > 0) {
      await trx
        .insertInto('figures')
        .values(entry.figures.map((f) => ({
          id: f.id,
          workspace: f.workspace,
          article_id: f.articleId,
          metric: f.metric,
          population: f.population,
          value: f.value,
          qualifier: f.qualifier,
          source: f.source,
          caveat: f.caveat,
          sentence: f.sentence,
          as_of: f.asOf,
          as_of_unknown: f.asOfUnknown ? 1 : 0,
        })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    if (article.storyId) {
      // SQLite's scalar min/max are PostgreSQL's least/greatest.
      const [least, greatest] = this.dialect === 'postgres' ? [sql.raw('least'), sql.raw('greatest')] : [sql.raw('min'), sql.raw('max')];
      await trx
        .insertInto('stories')
        .values({ id: article.storyId, workspace: article.workspace, first_placed_at: placed, last_placed_at: placed, article_count: 1 })
        .onConflict((oc) =>
          oc.columns(['workspace', 'id']).doUpdateSet((eb) => ({
            article_count: eb('stories.article_count', '+', 1),
            first_placed_at: sql<string>`${least}(stories.first_placed_at, ${placed})`,
            last_placed_at: sql<string>`${greatest}(stories.last_placed_at, ${placed})`,
          })),
        )
        .execute();
    }
    return true;
  }

  /** Articles placed in [from, to], with the fields story clustering needs. */
  async forClustering(workspace: string, from: string, to: string): Promise<ClusterRow[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select(['id', 'story_id', 'fingerprint', 'placed_at', 'outlet'])
      .where('workspace', '=', workspace)
      .where('placed_at', '>=', from)
      .where('placed_at', '<=', to)
      .where('story_id', 'is not', null)
      .orderBy('placed_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      storyId: r.story_id ?? r.id,
      fingerprint: JSON.parse(r.fingerprint) as unknown,
      placedAt: r.placed_at,
      outlet: r.outlet,
    }));
  }

  /** Articles whose `field` falls in [from, to], with their topics. */
  async inWindow(workspace: string, field: WindowField, from: string, to: string): Promise<ArticleWithTopics[]> {
    const rows = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('workspace', '=', workspace)
      .where(field, '>=', from)
      .where(field, '<=', to)
      .execute();
    return this.withTopics(workspace, rows);
  }

  /** Every article of the given stories, with topics. */
  async ofStories(workspace: string, storyIds: string[]): Promise<ArticleWithTopics[]> {
    if (storyIds.length === 0) return [];
    const rows: Selectable<ArticleTable>[] = [];
    // Keep IN lists well under SQLite's bound-parameter limit.
    for (let i = 0; i < storyIds.length; i += 500) {
      const chunk = storyIds.slice(i, i + 500);
      rows.push(...(await this.db.selectFrom('articles').selectAll().where('workspace', '=', workspace).where('story_id', 'in', chunk).execute()));
    }
    return this.withTopics(workspace, rows);
  }

  async get(workspace: string, id: string): Promise<(Article & { placedAt: string }) | null> {
    const row = await this.db.selectFrom('articles').selectAll().where('workspace', '=', workspace).where('id', '=', id).executeTakeFirst();
    return row ? toArticle(row) : null;
  }

  async count(workspace: string): Promise<number> {
    const row = await this.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace', '=', workspace).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  private async withTopics(workspace: string, rows: Selectable<ArticleTable>[]): Promise<ArticleWithTopics[]> {
    if (rows.length === 0) return [];
    const byArticle = new Map<string, TopicMatch[]>();
    const ids = rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500) {
      const topicRows = await this.db
        .selectFrom('article_topics')
        .selectAll()
        .where('workspace', '=', workspace)
        .where('article_id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const t of topicRows) {
        const list = byArticle.get(t.article_id) ?? [];
        list.push({ topic: t.topic, score: t.score, evidence: JSON.parse(t.evidence) as TopicMatch['evidence'] });
        byArticle.set(t.article_id, list);
      }
    }
    return rows.map((r) => ({ ...toArticle(r), topics: byArticle.get(r.id) ?? [] }));
  }
}
