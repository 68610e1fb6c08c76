/**
 * Message -> Discord message parts (plain JSON embeds, no chat SDK). A long message becomes several
 * parts; an item is never cut between parts and a continued section repeats its heading. Feed text
 * is escaped so it can neither format nor mention, on top of `allowed_mentions: { parse: [] }`.
 */
import type { Message, MessageItem, MessageTable } from '../core/message.js';
import { escapeDiscordText, fitEscaped, plainFooter, safeUrl } from './discord-text.js';

export { escapeDiscordText, fitEscaped, safeUrl } from './discord-text.js';

/** Discord message and embed limits (docs: resources/message, "Embed Limits"), in characters. */
export const DISCORD_LIMITS = {
  content: 2000, // Discord: message content 2000 chars
  embedsPerMessage: 10, // Discord: 10 embeds per message
  title: 256, // Discord: embed title 256
  description: 4096, // Discord: embed description 4096
  fields: 25, // Discord: 25 fields per embed (this renderer uses none)
  fieldName: 256, // Discord: field name 256
  fieldValue: 1024, // Discord: field value 1024
  footer: 2048, // Discord: footer text 2048
  authorName: 256, // Discord: author name 256 (this renderer uses none)
  embedsTotal: 6000, // Discord: 6000 chars over all embeds of one message
} as const;

export interface DiscordEmbed {
  title?: string;
  description?: string;
  color?: number;
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
  footer?: { text: string };
  author?: { name: string };
}

/** One Discord message, ready to be sent as the JSON body of a create-message call. */
export interface DiscordPart {
  content?: string;
  embeds: DiscordEmbed[];
  allowed_mentions: { parse: [] };
}

const COLOR = 0x3b6ea5;
const CONTINUED = ' (continued)';
// Footers are ours (not feed text); capping them at 1024 keeps one full description (4096) plus a
// title (256) and the footer under the 6000-char message total, so any single item always fits.
const FOOTER_MAX = 1024;
const COUNTER_RESERVE = ' · 99/99'.length;
const ITEM_TITLE_MAX = 256;
const LINKS_MAX = 1500;
const TABLE_ROW_MAX = 1024;
function link(label: string, url: string | null | undefined, max: number): string {
  const target = safeUrl(url);
  const text = fitEscaped(label.replace(/\s+/g, ' ').trim() || 'link', max);
  return target ? `[${text}](${target})` : text;
}

function renderItem(item: MessageItem): string {
  const titleLine = `**${link(item.title, item.url, ITEM_TITLE_MAX)}**`;
  const meta = (item.meta ?? []).filter((m) => m.trim() !== '');
  const metaLine = meta.length > 0 ? `*${fitEscaped(meta.join(' · '), 512)}*` : '';
  const links = (item.links ?? []).map((l) => link(l.label, l.url, 100));
  let linksLine = '';
  for (const [index, rendered] of links.entries()) {
    const next = linksLine ? `${linksLine} · ${rendered}` : rendered;
    if (next.length > LINKS_MAX) {
      linksLine += ` · … ${links.length - index} more`;
      break;
    }
    linksLine = next;
  }
  const fixed = [titleLine, metaLine, linksLine].filter(Boolean);
  const bodyBudget = DISCORD_LIMITS.description - fixed.join('\n').length - 2;
  const body = item.body?.trim() ? fitEscaped(item.body.trim(), bodyBudget) : '';
  return [titleLine, body, metaLine, linksLine].filter(Boolean).join('\n');
}

function renderRow(table: MessageTable, row: string[]): string {
  const [first = '', ...rest] = row;
  const cells = rest
    .map((cell, i) => ({ cell: cell.trim(), column: table.columns[i + 1] ?? '' }))
    .filter(({ cell }) => cell !== '')
    .map(({ cell, column }) => (column ? `${escapeDiscordText(column)}: ${escapeDiscordText(cell)}` : escapeDiscordText(cell)));
  const line = [`**${escapeDiscordText(first.trim() || '—')}**`, ...cells].join(' · ');
  if (line.length <= TABLE_ROW_MAX) return line;
  return fitEscaped([first, ...rest].filter((c) => c.trim()).join(' · '), TABLE_ROW_MAX);
}

/** Splits escaped text into chunks of at most `max`, at a newline or space when one is near. */
function chunkEscaped(escaped: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = escaped;
  while (rest.length > max) {
    let cut = Math.max(rest.lastIndexOf('\n', max), rest.lastIndexOf(' ', max));
    if (cut < max / 2) cut = max;
    // Do not end a chunk inside a surrogate pair or right after an escaping backslash.
    while (cut > 1 && (/[\ud800-\udbff]/.test(rest.charAt(cut - 1)) || /(^|[^\\])(\\\\)*\\$/.test(rest.slice(0, cut)))) cut -= 1;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}

/** A run of atomic entries under one heading: the header, a section, or a table. */
interface Block {
  heading: string;
  entries: string[];
  separator: string;
}

function toBlocks(message: Message): Block[] {
  const intro: string[] = [];
  if (message.subtitle?.trim()) intro.push(`*${fitEscaped(message.subtitle.trim(), 512)}*`);
  for (const paragraph of (message.text ?? '').split(/\n\s*\n/)) {
    if (paragraph.trim()) intro.push(...chunkEscaped(escapeDiscordText(paragraph.trim()), DISCORD_LIMITS.description));
  }
  const blocks: Block[] = [{ heading: message.title, entries: intro, separator: '\n\n' }];
  for (const section of message.sections ?? []) {
    const entries = section.items.map(renderItem);
    if (entries.length === 0) entries.push(`*${fitEscaped(section.emptyText ?? 'Nothing to show.', 1024)}*`);
    blocks.push({ heading: section.heading, entries, separator: '\n\n' });
  }
  for (const table of message.tables ?? []) {
    const entries = table.rows.map((row) => renderRow(table, row));
    if (entries.length === 0) entries.push('*Nothing to show.*');
    blocks.push({ heading: table.heading, entries, separator: '\n' });
  }
  return blocks;
}

function embedChars(embed: DiscordEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0)
    + (embed.author?.name.length ?? 0) + (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Packs blocks into parts: at most 10 embeds and `budget` characters per part. */
function pack(blocks: Block[], budget: number): DiscordEmbed[][] {
  const parts: DiscordEmbed[][] = [[]];
  let used = 0;
  for (const block of blocks) {
    const heading = fitEscaped(block.heading.replace(/\s+/g, ' ').trim() || 'News', DISCORD_LIMITS.title - CONTINUED.length);
    let embed: DiscordEmbed | null = null;
    let placed = false;
    const open = (entry: string | null): void => {
      const title = placed ? heading + CONTINUED : heading;
      let part = parts[parts.length - 1] as DiscordEmbed[];
      const size = title.length + (entry?.length ?? 0);
      if (part.length >= DISCORD_LIMITS.embedsPerMessage || used + size > budget) {
        part = [];
        parts.push(part);
        used = 0;
      }
      embed = { title, color: COLOR, ...(entry === null ? {} : { description: entry }) };
      part.push(embed);
      used += size;
    };
    if (block.entries.length === 0) open(null);
    for (const entry of block.entries) {
      const current = embed as DiscordEmbed | null;
      const added = block.separator.length + entry.length;
      if (current?.description !== undefined && current.description.length + added <= DISCORD_LIMITS.description
        && used + added <= budget) {
        current.description += block.separator + entry;
        used += added;
      } else {
        open(entry);
      }
      placed = true;
    }
  }
  return parts.filter((part) => part.length > 0);
}

/**
 * Renders a message as one or more Discord messages within every Discord limit. Deterministic:
 * the same message always gives the same parts, so a resumed delivery skips exactly what was sent.
 * @example
 * const parts = renderDiscord({ title: 'Sanctions', sections: [{ heading: 'EU', items: [{ title: 'New package' }] }] });
 * // parts[0].embeds[1].title === 'EU'
 */
export function renderDiscord(message: Message): DiscordPart[] {
  const footer = message.footer?.trim() ? fitEscaped(message.footer.replace(/\s+/g, ' ').trim(), FOOTER_MAX) : '';
  const hasBody = (message.sections?.length ?? 0) > 0 || (message.tables?.length ?? 0) > 0;
  if (!hasBody) {
    const lines = [`**${fitEscaped(message.title, DISCORD_LIMITS.title)}**`, ...(toBlocks(message)[0]?.entries ?? [])];
    if (footer) lines.push(`*${footer}*`);
    const content = lines.join('\n');
    if (content.length <= DISCORD_LIMITS.content) return [{ content, embeds: [], allowed_mentions: { parse: [] } }];
  }
  // Embed footers show plain text (no markdown, no mentions): escaping would print backslashes.
  const footerPlain = message.footer?.trim() ? plainFooter(message.footer, FOOTER_MAX) : '';
  const reserve = footerPlain.length + COUNTER_RESERVE;
  const parts = pack(toBlocks(message), DISCORD_LIMITS.embedsTotal - reserve);
  return parts.map((embeds, index) => {
    const counter = parts.length > 1 ? `${index + 1}/${parts.length}` : '';
    const text = [footerPlain, counter].filter(Boolean).join(' · ');
    const last = embeds[embeds.length - 1];
    if (text && last) last.footer = { text };
    return { embeds, allowed_mentions: { parse: [] } };
  });
}

/**
 * Every Discord limit a part breaks, as readable strings; empty when the part can be sent.
 * @example discordLimitProblems({ embeds: [], allowed_mentions: { parse: [] } }) // ['empty message']
 */
export function discordLimitProblems(part: DiscordPart): string[] {
  const problems: string[] = [];
  const L = DISCORD_LIMITS;
  if ((part.content?.length ?? 0) > L.content) problems.push(`content ${part.content?.length} > ${L.content}`);
  if (!part.content && part.embeds.length === 0) problems.push('empty message');
  if (part.embeds.length > L.embedsPerMessage) problems.push(`${part.embeds.length} embeds > ${L.embedsPerMessage}`);
  const total = part.embeds.reduce((n, e) => n + embedChars(e), 0);
  if (total > L.embedsTotal) problems.push(`embeds total ${total} > ${L.embedsTotal}`);
  part.embeds.forEach((e, i) => {
    const check = (what: string, length: number, max: number): void => {
      if (length > max) problems.push(`embed ${i} ${what} ${length} > ${max}`);
    };
    check('title', e.title?.length ?? 0, L.title);
    check('description', e.description?.length ?? 0, L.description);
    check('footer', e.footer?.text.length ?? 0, L.footer);
    check('author', e.author?.name.length ?? 0, L.authorName);
    check('fields', e.fields?.length ?? 0, L.fields);
    e.fields?.forEach((f, j) => {
      check(`field ${j} name`, f.name.length, L.fieldName);
      check(`field ${j} value`, f.value.length, L.fieldValue);
    });
  });
  return problems;
}
