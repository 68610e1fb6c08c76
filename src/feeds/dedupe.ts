/**
 * Keys that identify an article across polls and outlets: the feed guid, the canonical URL, and a
 * content hash, the last resort the store uses for every article (feeds and imported files alike).
 */
import { createHash } from 'node:crypto';
import type { ArticleDraft } from '../core/article.js';

export interface FeedItemKeys {
  guid: string | null;
  url: string | null;
  contentHash: string;
}

/**
 * sha256 (hex) of the title and text, lower-cased, Unicode-normalized (NFKC) and with every run
 * of whitespace collapsed to one space, so re-wrapped or re-spaced copies hash alike.
 *
 * @example
 * contentHash('Talks  Resume', 'Delegations met\n\nagain.') === contentHash('talks resume', 'Delegations met again.') // true
 */
export function contentHash(title: string, text: string): string {
  // A newline cannot survive normalization, so it separates title from text unambiguously.
  return createHash('sha256').update(`${normalize(title)}\n${normalize(text)}`).digest('hex');
}

/**
 * The dedup keys of one feed item, strongest first: guid, then URL, then content hash.
 *
 * @example
 * feedItemKeys(draft) // { guid: 'urn:uuid:1', url: 'https://example.org/a/1', contentHash: '9f2c...' }
 */
export function feedItemKeys(draft: ArticleDraft): FeedItemKeys {
  const guid = draft.guid?.trim() || null;
  return { guid, url: draft.url, contentHash: contentHash(draft.title, draft.text) };
}

function normalize(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
