/**
 * One rss-parser item (RSS 0.9x/1.0/2.0 or Atom) to the normalized `ArticleDraft`. Nothing after
 * this file knows which format an article came from.
 */
import type { ArticleDraft } from '../core/article.js';
import { htmlToText } from '../text/html.js';
import { canonicalizeUrl } from './url.js';

/** The fields of an rss-parser item this file reads; xml2js may give strings or nested objects. */
export interface RawFeedItem {
  title?: unknown;
  /** The `<title>` elements as xml2js gives them, mixed content included (custom field). */
  titles?: unknown;
  link?: unknown;
  /** Every `<link>` element as xml2js gives it (custom field kept as an array). */
  links?: unknown;
  guid?: unknown;
  id?: unknown;
  isoDate?: unknown;
  creator?: unknown;
  author?: unknown;
  content?: unknown;
  summary?: unknown;
  'content:encoded'?: unknown;
  'media:description'?: unknown;
}

export interface FeedContext {
  feedUrl: string;
  /** The feed's title, used as the outlet; null falls back to the feed URL's host. */
  outlet: string | null;
}

const UNTITLED = '(untitled)';

/**
 * Converts one item; returns null when it has neither a title nor any text (nothing to show).
 *
 * @example
 * toArticleDraft({ title: 'Talks resume', link: '/a/1' }, { feedUrl: 'https://example.org/rss', outlet: 'Example' })
 * // { title: 'Talks resume', url: 'https://example.org/a/1', outlet: 'Example', text: '', ... }
 */
export function toArticleDraft(item: RawFeedItem, context: FeedContext): ArticleDraft | null {
  const title = oneLine(htmlToText(textOf(item.titles ?? item.title)));
  const text = bodyText(item);
  if (title === '' && text === '') return null;
  const guid = textOf(item.guid).trim() || textOf(item.id).trim() || null;
  return {
    origin: { kind: 'feed', ref: context.feedUrl },
    externalId: null,
    outlet: context.outlet ?? hostOf(context.feedUrl),
    byline: byline(item),
    title: title || UNTITLED,
    url: articleUrl(item, guid, context.feedUrl),
    guid,
    published: isoDate(item.isoDate),
    text,
  };
}

/**
 * The text of an xml2js value: a string, the `_` text of an element with attributes, or the
 * concatenated text of nested elements (Atom `type="xhtml"`); attributes (`$`) are not text.
 *
 * @example
 * textOf({ _: 'Title', $: { type: 'html' } }) // 'Title'
 */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value !== null && typeof value === 'object') {
    // xml2js keeps an element's own text in `_` and child elements by name, losing their order;
    // the element's own text first reads right for the usual "Text <b>bold</b>" shape.
    const { _: own, $: _attributes, ...children } = value as Record<string, unknown>;
    return [textOf(own), ...Object.values(children).map(textOf)].filter((part) => part !== '').join(' ');
  }
  return '';
}

/** Title text on one line: feeds wrap long titles and htmlToText keeps paragraph breaks. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The fullest body the item offers, as plain text. */
function bodyText(item: RawFeedItem): string {
  for (const candidate of [item['content:encoded'], item.content, item.summary, item['media:description']]) {
    const text = htmlToText(textOf(candidate));
    if (text !== '') return text;
  }
  return '';
}

/** Item link, else the Atom alternate link, else a guid/id that is itself a web URL. */
function articleUrl(item: RawFeedItem, guid: string | null, feedUrl: string): string | null {
  const candidates = [alternateLink(item.links), textOf(item.link), guid];
  for (const candidate of candidates) {
    const url = canonicalizeUrl(candidate, feedUrl);
    // A guid is often a URN ("urn:uuid:..."), which canonicalizeUrl already refuses; a relative
    // guid is not a link, so only an absolute one counts.
    if (url && (candidate !== guid || /^https?:/i.test(candidate ?? ''))) return url;
  }
  return null;
}

/**
 * Atom (RFC 4287 §4.2.7.2): a link without `rel` is `alternate`; prefer an HTML one. RSS links
 * arrive here as plain strings.
 */
function alternateLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  let fallback: string | null = null;
  for (const link of links) {
    if (typeof link === 'string') {
      if (link.trim() !== '') return link;
      continue;
    }
    const attributes = (link as { $?: Record<string, unknown> } | null)?.$;
    const href = typeof attributes?.href === 'string' ? attributes.href : null;
    if (href === null) {
      const text = textOf(link).trim();
      if (text !== '') return text;
      continue;
    }
    const rel = typeof attributes?.rel === 'string' ? attributes.rel : 'alternate';
    if (rel !== 'alternate') continue;
    const type = typeof attributes?.type === 'string' ? attributes.type : 'text/html';
    if (/html/i.test(type)) return href;
    fallback ??= href;
  }
  return fallback;
}

/** Author without a leading "By"; RSS `author` is "email (Name)" per RSS 2.0, keep the name. */
function byline(item: RawFeedItem): string | null {
  for (const candidate of [item.creator, item.author]) {
    let text = oneLine(htmlToText(textOf(candidate)));
    const named = /^\S+@\S+\s+\((.+)\)$/.exec(text);
    if (named?.[1]) text = named[1].trim();
    text = text.replace(/^by\s+/i, '');
    if (text !== '') return text;
  }
  return null;
}

function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
