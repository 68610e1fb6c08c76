/**
 * Reads the metadata a plain-text article gives in its own words: a headline line, a byline
 * ("By Adam Durbin"), an outlet line under it ("BBC News"), a trailing "Source: Anadolu Agency",
 * an appeal naming the outlet ("Support The Moscow Times!"), a dateline. What is found is removed
 * from the text; boilerplate is dropped. The HTML and Markdown importers reuse this on their
 * bodies, passing what their metadata already gave.
 */
import type { ArticleDraft } from '../core/article.js';
import { isBoilerplate, stripBoilerplate } from '../text/boilerplate.js';
import { normalizeDate } from './dates.js';
import { knownOutlet, outletFromBoilerplate } from './outlets.js';
import { isHeadlineLike, titleFromText } from './title.js';

export interface PlainArticle {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  /** Paragraphs separated by a blank line. */
  text: string;
}

export type KnownFields = Partial<Pick<PlainArticle, 'title' | 'byline' | 'outlet' | 'published'>>;

/**
 * The draft of a file-backed article read as plain text (text files, HTML pages).
 * @example
 * fileDraft({ title: 'T', byline: null, outlet: null, published: null, text: 'Body.' }, 'a.txt', null)
 */
export function fileDraft(article: PlainArticle & { title: string }, ref: string, url: string | null): ArticleDraft {
  return {
    origin: { kind: 'file', ref },
    externalId: null,
    outlet: article.outlet,
    byline: article.byline,
    title: article.title,
    url,
    guid: null,
    published: article.published,
    text: article.text,
  };
}

// Header lines (title, byline, outlet, dateline) sit above the first sentence of reporting; a few
// captions and appeals may come between, so look this far before giving up.
const HEADER_SCAN = 10;
// Hard-wrapped text: lines of a wrapped paragraph are this long (72-80 columns is usual).
const WRAP_MIN = 40;
const WRAP_MAX = 100;

const NOT_A_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|then|now|late|early|mid|midday|noon|nightfall|dawn|contrast|comparison|law|far|way|all|some|most|its|their|his|her)\b/i;

/**
 * Splits text into paragraphs: blank lines separate paragraphs; inside a block, one line per
 * paragraph unless the lines are hard-wrapped prose, which is joined back.
 * @example
 * splitParagraphs('By Jane Roe\nBBC News\n\nFirst.\nSecond.') // ['By Jane Roe', 'BBC News', 'First.', 'Second.']
 */
export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  const blocks = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split(/\n[\t \u00a0]*\n/);
  for (const block of blocks) {
    const lines = block.split('\n').map(clean).filter(Boolean);
    const wrapped = lines.length >= 3 && lines.slice(0, -1).every((l) => l.length >= WRAP_MIN && l.length <= WRAP_MAX);
    let current: string | null = null;
    for (const line of lines) {
      if (current !== null && (wrapped || continues(current, line))) {
        current = `${current} ${line}`;
        continue;
      }
      if (current !== null) paragraphs.push(current);
      current = line;
    }
    if (current !== null) paragraphs.push(current);
  }
  return paragraphs;
}

function clean(line: string): string {
  return line.replace(/[\t \u00a0]+/g, ' ').trim();
}

/**
 * A line continues the previous one when it starts in lower case, or when the previous one was cut
 * mid-sentence at wrapping width (a headline line of that length is not cut, it ends).
 */
function continues(previous: string, line: string): boolean {
  if (/^\p{Ll}/u.test(line)) return true;
  return previous.length >= WRAP_MIN && previous.length <= WRAP_MAX && !/[.!?:;"”’)]$/.test(previous) && !isHeadlineLike(previous);
}

/**
 * The byline a "By ..." line gives (and an outlet written after it), or null.
 * @example
 * parseByline('By Adam Durbin') // { byline: 'Adam Durbin', outlet: null }
 * parseByline('By Jane Roe, Reuters') // { byline: 'Jane Roe', outlet: 'Reuters' }
 * parseByline('By Monday, 400 people had fled.') // null
 */
export function parseByline(line: string): { byline: string; outlet: string | null } | null {
  const match = /^(?:By|BY)\s+(.+)$/.exec(line.trim());
  if (!match?.[1]) return null;
  let name = match[1].trim();
  let outlet: string | null = null;
  const parts = name.split(/\s*(?:,|\||\s[-–—]\s)\s*/);
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last !== undefined) {
    outlet = knownOutlet(last);
    if (outlet !== null) name = parts.slice(0, -1).join(', ');
  }
  if (name.length > 100 || /[.!?:;]$/.test(name) || /\d/.test(name)) return null;
  if (!/^\p{Lu}/u.test(name) || NOT_A_NAME.test(name) || name.split(/\s+/).length > 12) return null;
  return { byline: name, outlet };
}

/** "Source: Anadolu Agency" as the last line names the outlet. */
function sourceLine(paragraph: string): string | null {
  const name = /^source:\s*(.+?)\.?$/i.exec(paragraph)?.[1]?.trim();
  if (!name || name.length > 60 || name.split(/\s+/).length > 8 || !/^[\p{Lu}\p{N}]/u.test(name)) return null;
  return knownOutlet(name) ?? name;
}

/** A header line that is only a date ("2 March 2022", "Published: March 2, 2022"). */
function datelineDate(paragraph: string): string | null {
  const value = /^(?:(?:published|updated|posted|date)(?: on)?:?\s+)?(.{6,40})$/i.exec(paragraph)?.[1];
  return value === undefined ? null : normalizeDate(value);
}

/**
 * Title, byline, outlet and date from the paragraphs of an article, and its clean text.
 * `known` fields (from metadata) win over what the text suggests.
 * @example
 * readPlainArticle(['By Jane Roe', 'BBC News', 'The court met on Monday.']).outlet // 'BBC News'
 */
export function readPlainArticle(paragraphs: string[], known: KnownFields = {}): PlainArticle {
  const paras = paragraphs.map((p) => p.trim()).filter(Boolean);
  const removed = new Set<number>();

  let sourceOutlet: string | null = null;
  let last = paras.length - 1;
  while (last >= 0 && isBoilerplate(paras[last] ?? '')) last--;
  const source = last >= 0 ? sourceLine(paras[last] ?? '') : null;
  if (source !== null) {
    sourceOutlet = source;
    removed.add(last);
  }

  let title: string | null = null;
  let byline: string | null = null;
  let headerOutlet: string | null = null;
  let published: string | null = null;
  let titleChecked = known.title != null;
  for (let i = 0; i < Math.min(paras.length, HEADER_SCAN); i++) {
    const p = paras[i] ?? '';
    if (removed.has(i)) continue;
    const credit: ReturnType<typeof parseByline> = byline === null ? parseByline(p) : null;
    if (credit !== null) {
      byline = credit.byline;
      headerOutlet ??= credit.outlet;
      removed.add(i);
      continue;
    }
    const outlet = knownOutlet(p);
    if (outlet !== null) {
      headerOutlet ??= outlet;
      removed.add(i);
      continue;
    }
    const date: string | null = published === null ? datelineDate(p) : null;
    if (date !== null) {
      published = date;
      removed.add(i);
      continue;
    }
    if (isBoilerplate(p)) continue;
    // A heading repeating the title the metadata gave (an HTML <h1>, a Markdown "# Title").
    if (known.title != null && sameText(p, known.title)) {
      removed.add(i);
      continue;
    }
    if (!titleChecked) {
      titleChecked = true;
      if (isHeadlineLike(p)) {
        title = p;
        removed.add(i);
        continue;
      }
    }
    break;
  }

  const boilerplateOutlet = paras.map(outletFromBoilerplate).find((o) => o !== null) ?? null;
  const body = stripBoilerplate(paras.filter((_, i) => !removed.has(i)));
  const text = body.join('\n\n');
  return {
    title: known.title ?? title ?? (text === '' ? null : titleFromText(text)),
    byline: known.byline ?? byline,
    outlet: known.outlet ?? headerOutlet ?? sourceOutlet ?? boilerplateOutlet,
    published: known.published ?? published,
    text,
  };
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}
