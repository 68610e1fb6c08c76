/**
 * Message -> Markdown (the digest files in digests/ and the console). Text from feeds is escaped so
 * it cannot add links, images, headings or HTML; links are written only for http(s) URLs.
 */
import type { Message, MessageItem, MessageTable } from '../core/message.js';
import { linkableUrl } from './link-url.js';

/**
 * @example
 * escapeMarkdown('**bold** <script>') // '\\*\\*bold\\*\\* \\<script\\>'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    // Inline syntax anywhere; `(`/`)` need no escape once `[`/`]` cannot open a link.
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    // Backslash escapes (CommonMark) keep HTML tags out and still read naturally in a terminal.
    .replace(/[<>]/g, (c) => `\\${c}`)
    // Block syntax only counts at the start of a line: headings, lists, quotes, numbered lists
    // ("1. " is escaped as "1\. "; a backslash before the digit would print).
    .replace(/^( ?)([#+-])/, '$1\\$2')
    .replace(/^( ?\d+)([.)])(?= |$)/, '$1\\$2')
    .replace(/@(everyone|here)\b/gi, '@\u200b$1')
    // A bare URL in feed text would become a link in GitHub-flavoured viewers.
    .replace(/\b(https?|ftp):\/\//gi, '$1:\u200b//')
    .replace(/\bwww\./gi, 'www\u200b.');
}

export function safeUrl(url: string | null | undefined): string | null {
  // encodeURIComponent leaves ( and ) alone, and a ) would close the Markdown link early.
  return linkableUrl(url)?.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) ?? null;
}

function link(label: string, url: string | null | undefined): string {
  const href = safeUrl(url);
  return href ? `[${escapeMarkdown(label)}](${href})` : escapeMarkdown(label);
}

function item(i: MessageItem): string {
  const lines = [`### ${link(i.title, i.url)}`];
  if (i.body) lines.push('', escapeMarkdown(i.body));
  if (i.meta?.length) lines.push('', `_${i.meta.map(escapeMarkdown).join(' · ')}_`);
  if (i.links?.length) lines.push('', ...i.links.map((l) => `- ${link(l.label, l.url)}`));
  return lines.join('\n');
}

function table(t: MessageTable): string {
  const cell = (text: string) => escapeMarkdown(text) || ' ';
  return [
    `## ${escapeMarkdown(t.heading)}`,
    '',
    `| ${t.columns.map(cell).join(' | ')} |`,
    `| ${t.columns.map(() => '---').join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export function renderMarkdown(message: Message): string {
  const parts = [`# ${escapeMarkdown(message.title)}`];
  if (message.subtitle) parts.push(`_${escapeMarkdown(message.subtitle)}_`);
  if (message.text) parts.push(message.text.split('\n').map(escapeMarkdown).join('  \n'));
  for (const section of message.sections ?? []) {
    parts.push(`## ${escapeMarkdown(section.heading)}`);
    if (section.items.length === 0) parts.push(`_${escapeMarkdown(section.emptyText ?? 'Nothing here.')}_`);
    parts.push(...section.items.map(item));
  }
  for (const t of message.tables ?? []) parts.push(table(t));
  if (message.footer) parts.push('---', `_${escapeMarkdown(message.footer)}_`);
  return parts.join('\n\n') + '\n';
}
