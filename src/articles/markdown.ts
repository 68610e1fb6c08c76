/**
 * Markdown articles: optional YAML front matter for the metadata (title, outlet/source,
 * author/byline, url/link, guid, date/published), body turned into plain-text paragraphs.
 * Covers the CommonMark block and inline forms articles use; tables and footnotes stay as text.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ArticleDraft } from '../core/article.js';
import { normalizeDate } from './dates.js';
import { readPlainArticle } from './plain-text.js';
import { importError, type ImportError } from './types.js';
import { canonicalizeUrl } from '../feeds/url.js';

const scalar = z.union([z.string(), z.number()]).transform((v) => String(v).trim() || null).nullish();
const names = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))])
  .transform((v) => (Array.isArray(v) ? v.map(String).join(', ') : v).trim() || null)
  .nullish();

const FrontMatter = z.object({
  title: scalar,
  outlet: scalar,
  source: scalar,
  author: names,
  byline: names,
  url: scalar,
  link: scalar,
  guid: scalar,
  id: scalar,
  date: z.unknown().optional(),
  published: z.unknown().optional(),
});

/** A block of the body: its plain text, and its heading level (0 for prose). */
export interface MarkdownBlock {
  text: string;
  heading: number;
}

/**
 * Splits "---\nyaml\n---\nbody" into its front matter (null when absent) and body.
 * @example
 * splitFrontMatter('---\ntitle: A\n---\nBody') // { frontMatter: 'title: A', body: 'Body' }
 */
export function splitFrontMatter(content: string): { frontMatter: string | null; body: string } {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { frontMatter: null, body: text };
  return { frontMatter: match[1] ?? '', body: text.slice(match[0].length) };
}

/**
 * Markdown body to plain-text blocks: headings, paragraphs, list items and quotes each become one
 * block; images, rules, reference definitions and HTML tags are dropped; links keep their text.
 * @example
 * markdownBlocks('# Title\n\nSee [the ruling](https://x.test) **now**.')
 * // [{ text: 'Title', heading: 1 }, { text: 'See the ruling now.', heading: 0 }]
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  const flush = (heading = 0, literal = false) => {
    const joined = current.join(' ');
    const text = literal ? joined.replace(/\s+/g, ' ').trim() : inlineToText(joined);
    if (text !== '') blocks.push({ text, heading });
    current = [];
  };
  for (const raw of markdown.split('\n')) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== null) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) {
        fence = null;
        flush(0, true);
      } else current.push(raw.trim());
      continue;
    }
    if (fenceMark !== undefined) {
      flush();
      fence = fenceMark;
      continue;
    }
    const line = raw.replace(/^\s{0,3}(?:>\s?)+/, '').trim();
    const atx = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/.exec(line);
    if (line === '') flush();
    else if (atx) {
      flush();
      current.push(atx[2] ?? '');
      flush(atx[1]?.length ?? 1);
    } else if (/^(?:=+|-+)$/.test(line) && current.length > 0) {
      // Setext heading: the underline turns the paragraph above into a heading.
      flush(line.startsWith('=') ? 1 : 2);
    } else if (/^(?:[-*_][ \t]*){3,}$/.test(line)) flush();
    else if (/^\[[^\]]+\]:\s*\S+/.test(line)) continue;
    else {
      const item = /^(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
      if (item) {
        flush();
        current.push(item[1] ?? '');
      } else current.push(line);
    }
  }
  flush();
  return blocks;
}

const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!>~|<])/g;
// Escaped characters are parked in the Private Use Area while emphasis is removed.
const PARK = 0xe000;

function inlineToText(text: string): string {
  return text
    .replace(ESCAPABLE, (_, ch: string) => String.fromCharCode(PARK + ch.charCodeAt(0)))
    .replace(/!\[[^\]]*\]\((?:[^()]|\([^)]*\))*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`+([^`]+?)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PARK))
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * One article from a Markdown file.
 * @example
 * parseMarkdownArticle('---\ntitle: EU freezes assets\ndate: 2022-03-01\n---\nThe EU acted.', 'a.md').title
 * // 'EU freezes assets'
 */
export function parseMarkdownArticle(content: string, ref: string): ArticleDraft | ImportError {
  const { frontMatter, body } = splitFrontMatter(content);
  let meta: z.infer<typeof FrontMatter> = {};
  if (frontMatter !== null) {
    let data: unknown;
    try {
      data = frontMatter.trim() === '' ? {} : parseYaml(frontMatter);
    } catch {
      return importError(ref, 'The front matter is not valid YAML; check the lines between the "---" markers.');
    }
    const parsed = FrontMatter.safeParse(data ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      return importError(ref, field === ''
        ? 'The front matter must be a list of "field: value" lines.'
        : `The front matter field "${field}" must be text.`);
    }
    meta = parsed.data;
  }

  const blocks = markdownBlocks(body);
  let title = meta.title ?? null;
  // Without a title in the front matter, a leading level-1 or level-2 heading is the title.
  const first = blocks[0];
  if (title === null && first !== undefined && first.heading > 0 && first.heading <= 2) {
    title = first.text;
    blocks.shift();
  }
  const article = readPlainArticle(blocks.map((b) => b.text), {
    title,
    byline: meta.byline ?? meta.author ?? null,
    outlet: meta.outlet ?? meta.source ?? null,
    published: normalizeDate(meta.published ?? meta.date),
  });
  if (article.title === null) return importError(ref, 'The file has no title and no article text.');
  return {
    origin: { kind: 'file', ref },
    externalId: meta.id ?? null,
    outlet: article.outlet,
    byline: article.byline,
    title: article.title,
    url: canonicalizeUrl(meta.url ?? meta.link ?? null),
    guid: meta.guid ?? null,
    published: article.published,
    text: article.text,
  };
}
