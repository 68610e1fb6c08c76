/**
 * Parses a decoded feed document (RSS 0.9x, RSS 1.0/RDF, RSS 2.0, Atom) into article drafts with
 * rss-parser's `parseString`, after `repairFeedXml` has fixed the common breakage.
 */
import Parser from 'rss-parser';
import type { ArticleDraft } from '../core/article.js';
import { AppError } from '../core/errors.js';
import { htmlToText } from '../text/html.js';
import { oneLine, textOf, toArticleDraft } from './normalize.js';
import type { RawFeedItem } from './normalize.js';
import { repairFeedXml } from './repair.js';
import { canonicalizeUrl } from './url.js';

export interface ParsedFeed {
  title: string | null;
  /** The site the feed belongs to (canonical URL), null when the feed gives none. */
  link: string | null;
  items: ArticleDraft[];
  /** Repairs made before parsing (see repair.ts). */
  repairs: number;
  /** Items dropped because they had neither a title nor any text. */
  skipped: number;
}

// Custom fields beyond rss-parser's defaults: every <link> (Atom entries carry several and
// rss-parser keeps only one), the raw <title> (rss-parser keeps only the text before any child
// element) and the Media RSS description as a last-resort body.
const ITEM_FIELDS: Array<string | [string, string, { keepArray: boolean }]> = [
  ['link', 'links', { keepArray: true }],
  ['title', 'titles', { keepArray: true }],
  'media:description',
];

/**
 * Parses one feed document. An empty feed is valid and returns no items; a document that is not
 * RSS or Atom throws `AppError('feed_parse')`.
 *
 * @example
 * const feed = await parseFeed(xml, { feedUrl: 'https://example.org/rss' });
 * feed.items[0]?.title // 'Talks resume in Istanbul'
 */
export async function parseFeed(xml: string, options: { feedUrl: string }): Promise<ParsedFeed> {
  const repaired = repairFeedXml(xml);
  let output: Parser.Output<RawFeedItem>;
  try {
    // A new Parser per document: an instance that saw a parse error carries state into the next
    // call (measured on the corpus, see DESIGN.md "Feeds"). defaultRSS: 2 reads an unversioned <rss>.
    const parser = new Parser<Record<string, unknown>, RawFeedItem>({
      defaultRSS: 2,
      customFields: { item: ITEM_FIELDS as Array<keyof RawFeedItem> },
    });
    output = await parser.parseString(repaired.xml);
  } catch (cause) {
    throw new AppError('feed_parse', `The feed is not valid RSS or Atom: ${reason(repaired.xml, cause)}.`, {
      context: { feed: options.feedUrl, repairs: repaired.byKind },
      cause,
    });
  }

  const title = oneLine(htmlToText(textOf(output.title))) || null;
  const items: ArticleDraft[] = [];
  let skipped = 0;
  for (const raw of Array.isArray(output.items) ? output.items : []) {
    const draft = toArticleDraft(raw, { feedUrl: options.feedUrl, outlet: title });
    if (draft) items.push(draft);
    else skipped++;
  }
  return {
    title,
    link: canonicalizeUrl(textOf(output.link), options.feedUrl),
    items,
    repairs: repaired.repairs,
    skipped,
  };
}

/** A short, lower-case reason for the error sentence, without sax's multi-line position dump. */
function reason(xml: string, cause: unknown): string {
  if (xml.trim() === '') return 'the document is empty';
  const head = xml.slice(0, 1024).toLowerCase();
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype html|<html[\s>]/.test(head)) return 'it is a web page, not a feed';
  const message = cause instanceof Error ? cause.message : String(cause);
  if (/^Feed not recognized/.test(message)) return 'the document is XML but not a feed';
  if (/^Unable to parse XML/.test(message)) return 'the document has no content';
  if (cause instanceof TypeError) return 'its structure is not what RSS or Atom describes';
  const [first = 'unknown error', ...rest] = message.split('\n');
  const line = /Line:\s*(\d+)/.exec(rest.join('\n'))?.[1];
  const text = first.replace(/\.$/, '');
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}${line === undefined ? '' : ` (line ${Number(line) + 1})`}`;
}
