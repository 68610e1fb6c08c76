/**
 * The one normalized article shape. Feed parsers and stored-article importers both produce an
 * `ArticleDraft`; nothing after them knows RSS from Atom or a text file from JSONL.
 */

/** Where an article came from: a file on disk or a feed URL. */
export interface ArticleOrigin {
  kind: 'file' | 'feed';
  /** File path (as given on the command line) or feed URL. */
  ref: string;
}

export interface ArticleDraft {
  origin: ArticleOrigin;
  /** Identifier given by the source record (JSONL `id`), if any. */
  externalId: string | null;
  /** Publishing outlet ("BBC News", "Anadolu Agency"), null when the text does not say. */
  outlet: string | null;
  /** Author line without the leading "By". */
  byline: string | null;
  title: string;
  /** Canonical URL of the article, null when unknown. */
  url: string | null;
  /** Feed item guid, null when the source has none. */
  guid: string | null;
  /** ISO 8601 date or date-time; null means "date unknown" (placed by its ingest time). */
  published: string | null;
  /** Clean text: no captions, credits or boilerplate; paragraphs separated by a blank line. */
  text: string;
}

/** An article as stored: a draft plus the identity the store gave it. */
export interface Article extends ArticleDraft {
  id: string;
  workspace: string;
  /** ISO 8601 time the article entered the store. */
  ingestedAt: string;
  /** sha256 (hex) of the normalized title + text; the dedup key of last resort. */
  contentHash: string;
  storyId: string | null;
}

/**
 * A date or date-time as a full ISO instant ("2022-03-01" is "2022-03-01T00:00:00.000Z"), so stored
 * times compare correctly as text; null when it is not a date.
 */
export function toInstant(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The time an article is placed at: its published date, or its ingest time when unknown. */
export function placedAt(article: Pick<Article, 'published' | 'ingestedAt'>): string {
  return (article.published !== null ? toInstant(article.published) : null) ?? article.ingestedAt;
}
