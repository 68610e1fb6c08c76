/** Full-text search: FTS5 on SQLite, tsvector on PostgreSQL, one result shape. */
import { sql, type Kysely } from 'kysely';
import type { Article } from '../core/article.js';
import type { DialectName } from './db.js';
import type { ArticleTable, Tables } from './schema.js';
import { toArticle } from './articles.js';

/**
 * Turns what a user typed into a safe FTS5 query: every word quoted (so `AND`, `*`, `:` or `"` in
 * the input are words, never syntax), "quoted phrases" kept as phrases, all terms required.
 *
 * @example
 * toFtsQuery('ICC "arrest warrant"') // '"icc" "arrest warrant"'
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  for (const match of input.matchAll(/"([^"]+)"|(\S+)/g)) {
    const raw = (match[1] ?? match[2] ?? '').toLowerCase();
    const words = raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length > 0) parts.push(`"${words.join(' ')}"`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

export async function searchArticles(
  db: Kysely<Tables>,
  dialect: DialectName,
  workspace: string,
  query: string,
  limit: number,
): Promise<Array<Article & { placedAt: string }>> {
  if (dialect === 'postgres') {
    if (!query.trim()) return [];
    const rows = await sql<ArticleTable>`
      select a.* from articles a
      where a.workspace = ${workspace} and a.search @@ websearch_to_tsquery('english', ${query})
      order by ts_rank(a.search, websearch_to_tsquery('english', ${query})) desc, a.placed_at desc
      limit ${limit}`.execute(db);
    return rows.rows.map(toArticle);
  }
  const fts = toFtsQuery(query);
  if (!fts) return [];
  const rows = await sql<ArticleTable>`
    select a.* from article_search s join articles a on a.rowid = s.rowid
    where article_search match ${fts} and a.workspace = ${workspace}
    order by s.rank, a.placed_at desc
    limit ${limit}`.execute(db);
  return rows.rows.map(toArticle);
}
