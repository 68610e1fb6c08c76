/**
 * Untrusted text made safe for Discord: markdown and mention escaping, cutting to a limit on a
 * grapheme boundary, link targets, and plain-text footers.
 */

import { linkableUrl } from './link-url.js';

// Real article URLs stay far below this; the cap bounds an item's fixed lines (title, links) so
// its body always keeps room within the 4096-char description.
const URL_MAX = 1024;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
// Segmenting a whole 10,000-char summary costs ~150 ms; only the text around a cut is segmented.
// A window this wide holds any real grapheme cluster (the longest emoji sequences are ~30 units).
const GRAPHEME_WINDOW = 64;

/** The last grapheme boundary at or before `index` (a code-unit offset into `text`). */
function graphemeStart(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  const from = Math.max(0, index - GRAPHEME_WINDOW);
  let boundary = from;
  for (const { index: offset } of segmenter.segment(text.slice(from, index + GRAPHEME_WINDOW))) {
    if (from + offset > index) break;
    boundary = from + offset;
  }
  return boundary;
}

/**
 * Makes untrusted text inert in Discord markdown: drops control and bidi-override characters,
 * backslash-escapes markdown syntax and breaks mentions with a zero-width space.
 * @example escapeDiscordText('@everyone **hi**') // '@\u200beveryone \\*\\*hi\\*\\*'
 */
export function escapeDiscordText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // C0/C1 controls (except newline) and bidi embeddings/overrides/isolates (RTL spoofing).
    .replace(/\p{Cc}|[\u202a-\u202e\u2066-\u2069]/gu, (c) => (c === '\n' ? c : ''))
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    // <@id>, <@!id>, <@&id>, <#id>, </cmd:id>, <:emoji:id>, <a:emoji:id>, <t:time>.
    .replace(/<(?=[@#/:]|a:|t:|id:)/gi, '<\u200b')
    // Bare URLs would be turned into links by Discord.
    .replace(/\b(https?|ftp):\/\//gi, '$1:\u200b//')
    // Inline syntax anywhere; headings, quotes, lists and subtext only where a line starts.
    .replace(/[\\*_~`|[\]()]/g, '\\$&')
    .replace(/^([^\S\n]*)([#>+-])/gm, '$1\\$2')
    .replace(/^([^\S\n]*\d+)\./gm, '$1\\.');
}

/**
 * The longest escaped prefix of `plain` (cut on a grapheme, preferably a space) that fits `max`
 * with a trailing "…"; the whole escaped text when it fits already.
 * @example fitEscaped('a long sentence', 8) // 'a long…'
 */
export function fitEscaped(plain: string, max: number): string {
  const whole = escapeDiscordText(plain);
  if (whole.length <= max) return whole;
  const attempt = (end: number): string => escapeDiscordText(plain.slice(0, end).trimEnd()) + '…';
  let low = 0;
  let high = plain.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (attempt(mid).length <= max) low = mid;
    else high = mid - 1;
  }
  low = graphemeStart(plain, low);
  // Prefer a word boundary when one is near the cut.
  const space = plain.lastIndexOf(' ', low);
  if (space > 0 && low - space < 40) low = space;
  while (low > 0 && attempt(low).length > max) low = graphemeStart(plain, low - 1);
  return attempt(low);
}

/**
 * An http(s) URL safe to put in a markdown link target, or null (other schemes, credentials,
 * unparsable or over-long URLs).
 * @example safeUrl('javascript:alert(1)') // null
 */
export function safeUrl(url: string | null | undefined): string | null {
  const href = linkableUrl(url)?.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return href !== undefined && href.length <= URL_MAX ? href : null;
}

/** Footer text as Discord shows it: one line, no control or direction-override characters. */
export function plainFooter(text: string, max: number): string {
  const line = text.replace(/\p{Cc}|[\u202a-\u202e\u2066-\u2069]/gu, ' ').replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
