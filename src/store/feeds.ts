/** Followed feeds per workspace, with their fetch state (ETag, Last-Modified, last error). */
import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { FeedTable, Tables } from './schema.js';

export type FeedRecord = Selectable<FeedTable>;

export function feedId(workspace: string, url: string): string {
  return 'f_' + createHash('sha256').update(`${workspace}\n${url}`).digest('hex').slice(0, 16);
}

export interface FeedFetchOutcome {
  fetchedAt: string;
  status: 'ok' | 'not_modified' | 'error';
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  error?: string | null;
  retryAfter?: string | null;
  newItems?: number;
}

export class FeedRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Adds a feed; returns false when the workspace already follows it. */
  async add(workspace: string, url: string, addedBy: string | null, now: string): Promise<boolean> {
    const result = await this.db
      .insertInto('feeds')
      .values({ id: feedId(workspace, url), workspace, url, title: null, added_by: addedBy, added_at: now, error_count: 0, item_count: 0 })
      .onConflict((oc) => oc.columns(['workspace', 'url']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async remove(workspace: string, url: string): Promise<boolean> {
    const result = await this.db.deleteFrom('feeds').where('workspace', '=', workspace).where('url', '=', url).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async list(workspace?: string): Promise<FeedRecord[]> {
    let query = this.db.selectFrom('feeds').selectAll();
    if (workspace) query = query.where('workspace', '=', workspace);
    return query.orderBy('workspace').orderBy('added_at').execute();
  }

  async recordFetch(id: string, outcome: FeedFetchOutcome): Promise<void> {
    await this.db
      .updateTable('feeds')
      .set((eb) => ({
        last_fetched_at: outcome.fetchedAt,
        last_status: outcome.status,
        last_error: outcome.status === 'error' ? (outcome.error ?? 'unknown error') : null,
        error_count: outcome.status === 'error' ? eb('error_count', '+', 1) : 0,
        retry_after: outcome.retryAfter ?? null,
        ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
        ...(outcome.lastModified !== undefined ? { last_modified: outcome.lastModified } : {}),
        ...(outcome.title ? { title: outcome.title } : {}),
        ...(outcome.newItems ? { item_count: eb('item_count', '+', outcome.newItems) } : {}),
      }))
      .where('id', '=', id)
      .execute();
  }
}
