/**
 * HTML to plain text, shared by the feed normalizer and the HTML article importer. Block elements
 * become paragraph breaks, scripts/styles/figures' captions are dropped, entities are decoded.
 */
import { Parser } from 'htmlparser2';

// Elements whose text is never article prose.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'figcaption', 'iframe', 'button', 'nav', 'form', 'select']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section',
  'article', 'header', 'footer', 'aside', 'table', 'tr', 'pre', 'figure', 'hr', 'dd', 'dt', 'main',
]);

/**
 * @example
 * htmlToText('<p>One &amp; two</p><p>Three</p>') // 'One & two\n\nThree'
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (BLOCK.has(name)) out.push('\n\n');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(name)) out.push('\n\n');
      },
      ontext(text) {
        if (skipDepth === 0) out.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return normalizeWhitespace(out.join(''));
}

/** Collapses runs of spaces inside paragraphs and keeps single blank lines between paragraphs. */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // Every whitespace but the newline first, so the patterns below stay linear on hostile input
    // (a long run of em-spaces once made a greedy \s*\n\s* quadratic).
    .replace(/[^\S\n]+/g, ' ')
    .split(/\n(?: ?\n)+/)
    .map((p) => p.replace(/ ?\n ?/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** True when the string looks like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(p|div|br|a|span|img|strong|em|b|i|ul|li|h[1-6]|html|body|article)\b[^>]*>/i.test(text);
}
