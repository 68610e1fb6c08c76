/**
 * Message -> Slack Block Kit parts, as plain JSON (render code never imports the Slack SDK).
 *
 * Every string in a Message is untrusted plain text: `&`, `<`, `>` are escaped everywhere so
 * `<!channel>` or `<@U123>` from a feed stay inert, and mrkdwn formatting characters are swapped
 * for look-alikes (a zero-width space would not do: Slack treats it as a word boundary, which
 * *enables* formatting). A long message is split between items, never inside one, and a section
 * heading repeats as "<heading> (continued)" on the next part.
 *
 * The limits below come from Slack's Block Kit reference (docs.slack.dev/reference/block-kit/blocks).
 */

import type { Message, MessageItem, MessageSection, MessageTable } from '../core/message.js';
import { linkableUrl } from './link-url.js';

/** Slack: a message carries at most 50 blocks. */
export const MAX_BLOCKS = 50;
/** Slack: a section block's text is at most 3000 characters. */
export const MAX_SECTION_TEXT = 3000;
/** Slack: a header block's plain_text is at most 150 characters. */
export const MAX_HEADER_TEXT = 150;
/** Slack: a context block holds at most 10 elements. */
export const MAX_CONTEXT_ELEMENTS = 10;
// Slack truncates the top-level `text` past 40,000 characters; it is only the notification
// fallback when blocks are present, so it stays short.
const MAX_FALLBACK_TEXT = 300;
// Our own caps, so a story's body always keeps most of its section's 3000 characters.
const MAX_TITLE = 300;
const MAX_LABEL = 200;
const MAX_URL = 2000;
const MAX_LINKS_TEXT = 2000;
const CONTINUED = ' (continued)';

export interface PlainText { type: 'plain_text'; text: string; emoji: boolean }
export interface MrkdwnText { type: 'mrkdwn'; text: string; verbatim: boolean }
export type TextObject = PlainText | MrkdwnText;
export type Block =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: TextObject }
  | { type: 'context'; elements: TextObject[] };

/** One `chat.postMessage` payload: `text` is the notification fallback, `blocks` the message. */
export interface SlackPart { text: string; blocks: Block[] }

// Bidi overrides/isolates can make a feed title display out of order (spoofing); control characters
// other than tab and newline have no place in chat text.
const CONTROLS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;
const keepLayout = (c: string): string => (c === '\n' || c === '\t' ? c : '');
const LOOKALIKES: Readonly<Record<string, string>> = { '*': '\u2217', _: '\u02CD', '~': '\u223C', '`': '\u02CB' };

/**
 * Escapes untrusted text for any Slack text field: Slack parses `&`, `<`, `>` as control characters.
 * @example escapeSlack('<!channel> & co') // '&lt;!channel&gt; &amp; co'
 */
export function escapeSlack(text: string): string {
  return text.replace(CONTROLS, keepLayout).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes untrusted text for mrkdwn: also neutralizes `*`, `_`, `~`, `` ` `` and a leading `>` (quote).
 * @example mrkdwnSafe('**bold**') // '∗∗bold∗∗'
 */
export function mrkdwnSafe(text: string): string {
  return escapeSlack(text)
    .replace(/[*_~`]/g, (c) => LOOKALIKES[c] ?? c)
    // Slack reads "&gt;" at a line start as a block quote; a soft hyphen in front stops that.
    .replace(/^(\s*)&gt;/gm, '$1\u00AD&gt;');
}

/**
 * Cuts escaped text to at most `max` characters ending in "…", never inside an entity or a
 * surrogate pair.
 * @example clip('a &amp; b', 4) // 'a …'
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/&[a-z]*$/, '')}…`;
}

/**
 * The URL as it may appear inside `<url|label>`, or null when it is not http(s) or too long.
 * @example slackUrl('javascript:alert(1)') // null
 */
export function slackUrl(url: string | null | undefined): string | null {
  const href = linkableUrl(url)?.href.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return href !== undefined && href.length <= MAX_URL ? href : null;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const plain = (text: string): PlainText => ({ type: 'plain_text', text, emoji: true });
const mrkdwn = (text: string): MrkdwnText => ({ type: 'mrkdwn', text, verbatim: true });
const header = (raw: string, suffix = ''): Block => ({
  type: 'header',
  text: plain(clip(escapeSlack(oneLine(raw) || 'News'), MAX_HEADER_TEXT - suffix.length) + suffix),
});

/** A link in mrkdwn, or just its (safe) label when the URL may not be linked. */
function link(url: string | null | undefined, label: string, max = MAX_LABEL): string {
  const text = clip(mrkdwnSafe(oneLine(label) || 'link'), max).replace(/\|/g, '\u2223');
  const href = slackUrl(url);
  return href ? `<${href}|${text}>` : text;
}

/** Splits escaped text into chunks of at most `max`, at a line or word boundary where possible. */
function chunks(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    let head = rest.slice(0, cut);
    if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
    head = head.replace(/&[a-z]*$/, '');
    out.push(head.trimEnd());
    rest = rest.slice(head.length).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/** Blocks that must stay together in one part; `group` says which heading they continue. */
interface Atom { blocks: Block[]; group?: Group; head?: boolean }
interface Group { continued: Block[] }

function itemBlocks(item: MessageItem): Block[] {
  const title = link(item.url, item.title || 'Untitled', MAX_TITLE);
  const titleLine = `*${title}*`;
  const body = item.body?.trim() ? mrkdwnSafe(item.body.trim()) : '';
  const text = body ? `${titleLine}\n${clip(body, MAX_SECTION_TEXT - titleLine.length - 1)}` : titleLine;
  const blocks: Block[] = [{ type: 'section', text: mrkdwn(text) }];

  const elements: TextObject[] = [];
  const links = item.links ?? [];
  if (links.length > 0) {
    let linksText = '';
    let shown = 0;
    for (const l of links) {
      const next = (linksText ? `${linksText} · ` : '') + link(l.url, l.label);
      if (next.length > MAX_LINKS_TEXT) break;
      linksText = next;
      shown++;
    }
    // Never drop links silently: say how many did not fit.
    if (shown < links.length) linksText += `${linksText ? ' · ' : ''}+${links.length - shown} more`;
    elements.push(mrkdwn(linksText));
  }
  const meta = (item.meta ?? []).map((m) => clip(escapeSlack(oneLine(m)), MAX_TITLE)).filter(Boolean);
  const room = MAX_CONTEXT_ELEMENTS - elements.length;
  if (meta.length > room) meta.splice(room - 1, meta.length, meta.slice(room - 1).join(' · '));
  elements.push(...meta.map(plain));
  if (elements.length > 0) blocks.push({ type: 'context', elements });
  return blocks;
}

function sectionAtoms(section: MessageSection): Atom[] {
  const group: Group = { continued: [header(section.heading, CONTINUED)] };
  const atoms: Atom[] = [{ blocks: [header(section.heading)], group, head: true }];
  for (const item of section.items) atoms.push({ blocks: itemBlocks(item), group });
  if (section.items.length === 0 && section.emptyText) {
    atoms.push({ blocks: [{ type: 'context', elements: [plain(clip(escapeSlack(section.emptyText), MAX_SECTION_TEXT))] }], group });
  }
  return atoms;
}

/** A table as a header, a context line naming the columns, then sections of whole rows. */
function tableAtoms(table: MessageTable): Atom[] {
  const columns: Block = { type: 'context', elements: [plain(clip(escapeSlack(table.columns.map(oneLine).join(' · ')), MAX_SECTION_TEXT))] };
  const group: Group = { continued: [header(table.heading, CONTINUED), columns] };
  const atoms: Atom[] = [{ blocks: [header(table.heading), columns], group, head: true }];
  const lines = table.rows.map((row) => {
    // Empty cells (no caveat, no earlier value) are left out rather than shown as placeholders.
    const cells = row.map((c) => clip(mrkdwnSafe(oneLine(c)), MAX_TITLE)).filter((c, i) => i === 0 || c !== '');
    const [first = '—', ...rest] = cells;
    return clip([`*${first}*`, ...rest].join(' · '), MAX_SECTION_TEXT);
  });
  let rowLines: string[] = [];
  const flush = (): void => {
    if (rowLines.length > 0) atoms.push({ blocks: [{ type: 'section', text: mrkdwn(rowLines.join('\n')) }], group });
    rowLines = [];
  };
  for (const line of lines) {
    if ([...rowLines, line].join('\n').length > MAX_SECTION_TEXT) flush();
    rowLines.push(line);
  }
  flush();
  return atoms;
}

function messageAtoms(message: Message): Atom[] {
  const atoms: Atom[] = [];
  if (message.text?.trim()) {
    for (const chunk of chunks(escapeSlack(message.text), MAX_SECTION_TEXT)) {
      atoms.push({ blocks: [{ type: 'section', text: plain(chunk) }] });
    }
  }
  for (const section of message.sections ?? []) atoms.push(...sectionAtoms(section));
  for (const table of message.tables ?? []) atoms.push(...tableAtoms(table));
  if (message.footer?.trim()) {
    atoms.push({ blocks: [{ type: 'context', elements: [plain(clip(escapeSlack(message.footer.trim()), MAX_SECTION_TEXT))] }] });
  }
  return atoms;
}

/**
 * Renders a message as one or more Slack messages, each within Block Kit limits. Deterministic:
 * the same message always gives the same parts, so a resumed post never repeats one.
 *
 * @example
 * const parts = renderSlack({ title: 'Sanctions', sections: [{ heading: 'EU', items: [{ title: 'New package' }] }] });
 * // parts[0].blocks[0] -> { type: 'header', text: { type: 'plain_text', text: 'Sanctions', emoji: true } }
 */
export function renderSlack(message: Message): SlackPart[] {
  const first: Block[] = [header(message.title)];
  if (message.subtitle?.trim()) first.push({ type: 'context', elements: [plain(clip(escapeSlack(oneLine(message.subtitle)), MAX_SECTION_TEXT))] });

  // Later parts start with one context line "<title> (part k of n)", filled in once n is known.
  const lead = (k: number, n: number): Block => ({
    type: 'context',
    elements: [plain(`${clip(escapeSlack(oneLine(message.title) || 'News'), MAX_TITLE)} (part ${k + 1} of ${n})`)],
  });
  const parts: Block[][] = [first];
  let current = first;
  let currentGroup: Group | undefined;
  const atoms = messageAtoms(message);
  atoms.forEach((atom, i) => {
    const next = atoms[i + 1];
    // A heading never ends a part on its own: it needs room for its first item too.
    const need = atom.blocks.length + (atom.head && next && next.group === atom.group ? next.blocks.length : 0);
    const prefix = (): Block[] => (!atom.head && atom.group && atom.group !== currentGroup ? atom.group.continued : []);
    if (current.length + prefix().length + need > MAX_BLOCKS) {
      current = [lead(0, 0)];
      parts.push(current);
      currentGroup = undefined;
    }
    current.push(...prefix(), ...atom.blocks);
    currentGroup = atom.group;
  });

  const title = clip(mrkdwnSafe(oneLine(message.title) || 'News'), MAX_FALLBACK_TEXT - 20);
  return parts.map((blocks, k) => {
    if (k > 0) blocks[0] = lead(k, parts.length);
    const label = parts.length > 1 ? ` (part ${k + 1} of ${parts.length})` : '';
    return { text: title + label, blocks };
  });
}
