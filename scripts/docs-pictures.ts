/**
 * Draws the README's pictures of what the bot posts, from the real renderers: the example articles
 * are imported into a scratch database, the digest is built the way `serve --once` builds it, and
 * its Discord embeds, Slack blocks and Markdown file are laid out as HTML pages that imitate each
 * client, then screenshotted with headless Chromium.
 *
 *   npx tsx scripts/docs-pictures.ts [--out docs] [--now 2022-04-05T08:00:00Z] [--keep-html]
 *
 * Writes <out>/digest-discord.png, digest-slack.png, digest-markdown.png and figures-chart.png.
 * The clock is fixed (by default the morning after the last example article) so the pictures only
 * change when the renderers or the examples do. Needs Chromium (Debian: apt-get install chromium;
 * or set CHROMIUM=/path/to/browser). No network: no web fonts, every image is inlined.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app/context.js';
import { runConsoleDigest } from '../src/app/jobs.js';
import { fixedClock } from '../src/core/clock.js';
import { importFiles } from '../src/pipeline/import-files.js';
import { digestMessage } from '../src/render/digest-message.js';
import { renderDiscord, type DiscordEmbed, type DiscordPart } from '../src/render/discord.js';
import { renderSlack, type SlackPart, type TextObject } from '../src/render/slack.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WIDTH = 900;
const MAX_HEIGHT = 1600;
/** Slack's digest plus the chart upload under it just fits in this; a longer one is cropped. */
const SLACK_MAX_HEIGHT = 1800;
const MAX_BYTES = 400 * 1024;
const BOT_NAME = 'newsdigest';
const CHANNEL = 'news-digest';
const FONT = `'Liberation Sans', 'DejaVu Sans', Arial, sans-serif`;
const MONO = `'DejaVu Sans Mono', 'Liberation Mono', monospace`;

// ---------------------------------------------------------------------------------------------
// HTML helpers

/** Text or attribute value made safe for HTML. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function dataUrl(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

/** Image size on screen: `png`'s own size (read from its IHDR) scaled to fit the box. */
function fitImage(png: Uint8Array, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const view = Buffer.from(png);
  const width = view.readUInt32BE(16);
  const height = view.readUInt32BE(20);
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

function avatar(size: number, background: string, radius: string): string {
  // A folded newspaper, drawn inline: no remote images.
  return `<svg class="avatar" width="${size}" height="${size}" viewBox="0 0 40 40" style="border-radius:${radius}" aria-hidden="true">
<rect width="40" height="40" fill="${background}"/>
<rect x="9" y="11" width="22" height="18" rx="2" fill="#fff"/>
<rect x="12" y="14" width="16" height="3" fill="${background}"/>
<rect x="12" y="19" width="7" height="7" fill="${background}" opacity="0.55"/>
<rect x="21" y="19" width="7" height="1.6" fill="${background}" opacity="0.55"/>
<rect x="21" y="22" width="7" height="1.6" fill="${background}" opacity="0.55"/>
<rect x="21" y="25" width="5" height="1.6" fill="${background}" opacity="0.55"/>
</svg>`;
}

function page(title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>*{box-sizing:border-box}html,body{margin:0;padding:0}${css}</style></head>
<body>${body}
<script>document.body.setAttribute('data-height', String(Math.ceil(document.documentElement.scrollHeight)));</script>
</body></html>
`;
}

// ---------------------------------------------------------------------------------------------
// Markdown-ish inline syntax (Discord markdown and the CommonMark subset renderMarkdown writes)

interface InlineOptions {
  /** Discord: a line break is a line break. CommonMark: a soft break is a space. */
  breaks: boolean;
  /** Backslash escapes: Discord takes any symbol, CommonMark only ASCII punctuation. */
  escapable: RegExp;
  /** `![alt](src)` images, by src; CommonMark only. */
  images?: Record<string, string>;
}

/** Index of the next unescaped `marker` in `src` from `from`, or -1. */
function findClose(src: string, from: number, marker: string): number {
  for (let j = from; j < src.length; j++) {
    if (src[j] === '\\') {
      j++;
      continue;
    }
    if (src.startsWith(marker, j) && !(marker === '*' && src[j + 1] === '*')) return j;
  }
  return -1;
}

const EMPHASIS = [['**', 'strong'], ['__', 'u'], ['~~', 's'], ['*', 'em'], ['_', 'em'], ['`', 'code']] as const;

function inline(src: string, options: InlineOptions): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    const next = src[i + 1] ?? '';
    if (c === '\\' && options.escapable.test(next)) {
      out += esc(next);
      i += 2;
      continue;
    }
    const image = options.images && c === '!' && next === '[';
    if (c === '[' || image) {
      const start = image ? i + 1 : i;
      const close = findClose(src, start + 1, '](');
      const end = close >= 0 ? src.indexOf(')', close + 2) : -1;
      if (close >= 0 && end >= 0) {
        const label = src.slice(start + 1, close);
        const target = src.slice(close + 2, end);
        if (image) {
          const file = options.images?.[target];
          out += file ? `<img src="${esc(file)}" alt="${esc(label)}">` : esc(src.slice(i, end + 1));
        } else {
          out += `<a href="${esc(target)}">${inline(label, options)}</a>`;
        }
        i = end + 1;
        continue;
      }
    }
    const span = EMPHASIS.find(([marker]) => src.startsWith(marker, i) && findClose(src, i + marker.length + 1, marker) >= 0);
    if (span) {
      const [marker, tag] = span;
      const close = findClose(src, i + marker.length + 1, marker);
      const inner = src.slice(i + marker.length, close);
      out += `<${tag}>${tag === 'code' ? esc(inner) : inline(inner, options)}</${tag}>`;
      i = close + marker.length;
      continue;
    }
    out += c === '\n' ? (options.breaks ? '<br>' : ' ') : esc(c);
    i++;
  }
  return out;
}

const DISCORD_INLINE: InlineOptions = { breaks: true, escapable: /^[^\p{L}\p{N}\s]$/u };

// ---------------------------------------------------------------------------------------------
// Discord: dark chat view, one message per part, the chart attached to the first

const DISCORD_CSS = `
body{background:#313338;color:#dbdee1;font:16px/1.375 ${FONT};width:${WIDTH}px}
.bar{height:48px;display:flex;align-items:center;padding:0 16px;border-bottom:1px solid #1f2023;color:#f2f3f5;font-weight:700}
.bar .hash{color:#80848e;font-size:24px;font-weight:400;margin-right:8px}
.bar .topic{color:#949ba4;font-weight:400;font-size:14px;margin-left:14px;padding-left:14px;border-left:1px solid #3f4147}
.log{padding:16px 0 24px}
.msg{position:relative;padding:2px 48px 2px 72px}
.msg.first{margin-top:1px;padding-top:4px}
.avatar{position:absolute;left:16px;top:6px;width:40px;height:40px}
.head{display:flex;align-items:center;gap:4px;margin-bottom:2px}
.name{color:#f2f3f5;font-weight:600}
.tag{background:#5865f2;color:#fff;font-size:10px;font-weight:700;border-radius:3px;padding:1px 4px;line-height:15px;margin-left:2px}
.time{color:#949ba4;font-size:12px;margin-left:6px}
.content{white-space:normal;overflow-wrap:anywhere}
.attachment{display:block;margin:6px 0 2px;border-radius:8px;background:#fff}
.embed{display:grid;max-width:520px;margin:6px 0 2px;background:#2b2d31;border-radius:4px;border-left:4px solid;padding:8px 16px 16px 12px;overflow-wrap:anywhere}
.embed .title{color:#f2f3f5;font-weight:600;font-size:16px;margin-top:8px}
.embed .desc{font-size:14px;line-height:1.29;margin-top:8px;color:#dbdee1}
.embed .fields{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin-top:8px;font-size:14px}
.embed .field{grid-column:1/4}.embed .field.inline{grid-column:auto}
.embed .fname{font-weight:600;color:#f2f3f5;margin-bottom:2px}
.embed .footer{font-size:12px;color:#dbdee1;margin-top:8px;font-weight:500}
a{color:#00a8fc;text-decoration:none}
strong{font-weight:700;color:inherit}
code{font-family:${MONO};font-size:85%;background:#1e1f22;border-radius:3px;padding:0 2px}
`;

function discordEmbed(embed: DiscordEmbed): string {
  const color = `#${(embed.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
  const parts: string[] = [];
  if (embed.author) parts.push(`<div class="fname">${esc(embed.author.name)}</div>`);
  if (embed.title) parts.push(`<div class="title">${inline(embed.title, DISCORD_INLINE)}</div>`);
  if (embed.description) parts.push(`<div class="desc">${inline(embed.description, DISCORD_INLINE)}</div>`);
  if (embed.fields?.length) {
    const fields = embed.fields.map((f) => `<div class="field${f.inline ? ' inline' : ''}"><div class="fname">${inline(f.name, DISCORD_INLINE)}</div><div>${inline(f.value, DISCORD_INLINE)}</div></div>`);
    parts.push(`<div class="fields">${fields.join('')}</div>`);
  }
  // Discord shows footers as plain text: no markdown, so escapes would stay visible.
  if (embed.footer) parts.push(`<div class="footer">${esc(embed.footer.text)}</div>`);
  return `<div class="embed" style="border-left-color:${color}">${parts.join('')}</div>`;
}

function discordPage(parts: DiscordPart[], chart: Uint8Array | null, time: string): string {
  const messages = parts.map((part, index) => {
    const head = index === 0
      ? `${avatar(40, '#3b6ea5', '50%')}<div class="head"><span class="name">${esc(BOT_NAME)}</span><span class="tag">BOT</span><span class="time">${esc(time)}</span></div>`
      : '';
    const content = part.content ? `<div class="content">${inline(part.content, DISCORD_INLINE)}</div>` : '';
    let image = '';
    if (index === 0 && chart) {
      // Discord lays out attachments above the embeds of the same message.
      const size = fitImage(chart, 400, 400);
      image = `<img class="attachment" src="${dataUrl(chart)}" width="${size.width}" height="${size.height}" alt="figures.png">`;
    }
    return `<div class="msg${index === 0 ? ' first' : ''}">${head}${content}${image}${part.embeds.map(discordEmbed).join('')}</div>`;
  });
  const bar = `<div class="bar"><span class="hash">#</span>${esc(CHANNEL)}<span class="topic">Daily digest of the topics this server follows</span></div>`;
  return page('Discord digest', DISCORD_CSS, `${bar}<div class="log">${messages.join('\n')}</div>`);
}

// ---------------------------------------------------------------------------------------------
// Slack: light message view, one message per part, then the uploaded chart

const SLACK_CSS = `
body{background:#fff;color:#1d1c1d;font:15px/1.46668 ${FONT};width:${WIDTH}px}
.bar{height:49px;display:flex;align-items:center;padding:0 20px;border-bottom:1px solid #e2e2e2;font-weight:900;font-size:18px}
.bar .hash{color:#616061;font-weight:400;margin-right:4px}
.log{padding:12px 0 24px}
.msg{position:relative;padding:8px 40px 8px 72px}
.msg.cont{padding-top:2px}
.avatar{position:absolute;left:20px;top:10px;width:36px;height:36px}
.head{display:flex;align-items:baseline;gap:4px}
.name{font-weight:900}
.tag{background:rgba(29,28,29,.13);color:rgba(29,28,29,.7);font-size:10px;font-weight:700;border-radius:2px;padding:0 3px;line-height:15px;position:relative;top:-2px}
.time{color:#616061;font-size:12px;margin-left:4px}
.header{font-weight:900;font-size:18px;line-height:1.33;margin:10px 0 4px}
.section{margin:4px 0;overflow-wrap:anywhere}
.context{display:flex;flex-wrap:wrap;gap:4px 8px;font-size:13px;color:#616061;margin:4px 0 6px;overflow-wrap:anywhere}
.divider{border-top:1px solid #dddddd;margin:12px 0}
.file-title{font-size:13px;color:#616061;margin:4px 0}
.file{display:block;border:1px solid #dddddd;border-radius:8px;background:#fff}
a{color:#1264a3;text-decoration:none}
b{font-weight:700}
code{font-family:${MONO};font-size:12px;color:#e01e5a;background:#f8f8f8;border:1px solid #e2e2e2;border-radius:3px;padding:0 3px}
`;

/** Slack's three escapes back to text. */
function slackText(escaped: string): string {
  return escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Slack mrkdwn -> HTML: `<url|label>` links, *bold*, _italic_, ~strike~, `code`, line breaks. */
function mrkdwnHtml(text: string): string {
  const links: string[] = [];
  const withTokens = text.replace(/<([^<>|]*)(?:\|([^<>]*))?>/g, (_all, target: string, label: string | undefined) => {
    const href = slackText(target);
    const special = /^[@#!]/.test(href);
    links.push(special ? `<b>${esc(label ? slackText(label) : href)}</b>` : `<a href="${esc(href)}">${esc(slackText(label ?? target))}</a>`);
    return `\uE000${links.length - 1}\uE000`;
  });
  const html = esc(slackText(withTokens))
    .replace(/(^|[\s(\uE000])\*([^*\n]+?)\*(?=$|[\s).,;:!?\uE000])/g, '$1<b>$2</b>')
    .replace(/(^|[\s(\uE000])_([^_\n]+?)_(?=$|[\s).,;:!?\uE000])/g, '$1<i>$2</i>')
    .replace(/(^|[\s(\uE000])~([^~\n]+?)~(?=$|[\s).,;:!?\uE000])/g, '$1<s>$2</s>')
    .replace(/`([^`\n]+?)`/g, '<code>$1</code>')
    .replace(/\n/g, '<br>');
  return html.replace(/\uE000(\d+)\uE000/g, (_all, n: string) => links[Number(n)] ?? '');
}

function slackTextObject(t: TextObject): string {
  return t.type === 'mrkdwn' ? mrkdwnHtml(t.text) : esc(slackText(t.text)).replace(/\n/g, '<br>');
}

type AnyBlock = { type: string; text?: TextObject; elements?: TextObject[] };

function slackBlock(block: AnyBlock): string {
  switch (block.type) {
    case 'header':
      return `<div class="header">${block.text ? slackTextObject(block.text) : ''}</div>`;
    case 'section':
      return `<div class="section">${block.text ? slackTextObject(block.text) : ''}</div>`;
    case 'context':
      return `<div class="context">${(block.elements ?? []).map((e) => `<span>${slackTextObject(e)}</span>`).join('')}</div>`;
    case 'divider':
      return '<div class="divider"></div>';
    default:
      return `<div class="context">[${esc(block.type)} block]</div>`;
  }
}

function slackPage(parts: SlackPart[], chart: Uint8Array | null, time: string): string {
  const head = `${avatar(36, '#3b6ea5', '6px')}<div class="head"><span class="name">${esc(BOT_NAME)}</span><span class="tag">APP</span><span class="time">${esc(time)}</span></div>`;
  const messages = parts.map((part, index) =>
    `<div class="msg${index === 0 ? '' : ' cont'}">${index === 0 ? head : ''}${(part.blocks as AnyBlock[]).map(slackBlock).join('')}</div>`);
  if (chart) {
    // chat/slack/delivery.ts uploads the chart after the last part, titled "Humanitarian figures".
    const size = fitImage(chart, 360, 360);
    messages.push(`<div class="msg cont"><div class="file-title">Humanitarian figures ▾</div><img class="file" src="${dataUrl(chart)}" width="${size.width}" height="${size.height}" alt="Chart of the humanitarian figures listed in the message above."></div>`);
  }
  const bar = `<div class="bar"><span class="hash">#</span>${esc(CHANNEL)}</div>`;
  return page('Slack digest', SLACK_CSS, `${bar}<div class="log">${messages.join('\n')}</div>`);
}

// ---------------------------------------------------------------------------------------------
// Markdown: the digest file as GitHub shows it (the block syntax renderMarkdown writes)

const MARKDOWN_CSS = `
body{background:#fff;color:#1f2328;font:16px/1.5 ${FONT};width:${WIDTH}px}
.file{margin:16px;border:1px solid #d1d9e0;border-radius:6px}
.file-head{background:#f6f8fa;border-bottom:1px solid #d1d9e0;padding:10px 16px;font:600 14px ${FONT};border-radius:6px 6px 0 0}
.file-head span{font-family:${MONO};font-weight:400;color:#59636e;margin-left:8px;font-size:12px}
.md{padding:24px 32px 32px;overflow-wrap:anywhere}
.md h1,.md h2{border-bottom:1px solid #d1d9e0b3;padding-bottom:.3em}
.md h1{font-size:2em;margin:0 0 16px;font-weight:600;line-height:1.25}
.md h2{font-size:1.5em;margin:24px 0 16px;font-weight:600;line-height:1.25}
.md h3{font-size:1.25em;margin:24px 0 16px;font-weight:600;line-height:1.25}
.md p,.md ul,.md table{margin:0 0 16px}
.md ul{padding-left:2em}
.md hr{height:4px;background:#d1d9e0;border:0;margin:24px 0}
.md table{border-collapse:collapse;display:block;overflow:hidden;font-size:14px}
.md th,.md td{border:1px solid #d1d9e0;padding:6px 13px;overflow-wrap:normal}
.md th{font-weight:600}
.md tr:nth-child(2n){background:#f6f8fa}
.md img{max-width:100%;background:#fff}
a{color:#0969da;text-decoration:none}
code{font-family:${MONO};font-size:85%;background:#818b981f;border-radius:6px;padding:.2em .4em}
`;

function markdownHtml(markdown: string, images: Record<string, string>): string {
  const options: InlineOptions = { breaks: false, escapable: /^[!-/:-@[-`{-~]$/, images };
  const cells = (row: string): string[] => {
    const out: string[] = [];
    let cell = '';
    const body = row.trim().replace(/^\|/, '').replace(/\|$/, '');
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '\\' && body[i + 1] === '|') {
        cell += '\\|';
        i++;
      } else if (body[i] === '|') {
        out.push(cell.trim());
        cell = '';
      } else cell += body[i];
    }
    out.push(cell.trim());
    return out;
  };
  return markdown.split(/\n\s*\n/).map((block) => {
    const lines = block.split('\n');
    const first = lines[0] ?? '';
    const heading = /^(#{1,6}) (.*)$/.exec(first);
    if (heading && lines.length === 1) return `<h${heading[1]!.length}>${inline(heading[2]!, options)}</h${heading[1]!.length}>`;
    if (/^(-{3,}|\*{3,})$/.test(first.trim())) return '<hr>';
    if (lines.every((l) => /^[-*+] /.test(l))) return `<ul>${lines.map((l) => `<li>${inline(l.slice(2), options)}</li>`).join('')}</ul>`;
    if (lines.length >= 2 && lines.every((l) => l.trim().startsWith('|')) && /^\|?\s*:?-{3,}/.test(lines[1]!.trim())) {
      const [head = [], , ...rows] = lines.map(cells);
      return `<table><thead><tr>${head.map((c) => `<th>${inline(c, options)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c, options)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    }
    return `<p>${inline(block.replace(/ {2,}\n/g, '\uE001'), options).replace(/\uE001/g, '<br>')}</p>`;
  }).join('\n');
}

function markdownPage(markdown: string, fileName: string, images: Record<string, string>): string {
  const lines = markdown.split('\n').length;
  const body = `<div class="file"><div class="file-head">digests/default/${esc(fileName)}<span>${lines} lines · ${Buffer.byteLength(markdown)} bytes</span></div><div class="md">${markdownHtml(markdown, images)}</div></div>`;
  return page('Markdown digest', MARKDOWN_CSS, body);
}

// ---------------------------------------------------------------------------------------------
// Chromium

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].filter((c): c is string => !!c);
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (probe.status === 0) return candidate;
  }
  return null;
}

function chromium(browser: string, profile: string, height: number, extra: string[], url: string): string {
  const args = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--hide-scrollbars',
    '--force-device-scale-factor=1', `--window-size=${WIDTH},${height}`, ...extra, url,
  ];
  const run = spawnSync(browser, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${browser} failed (exit ${run.status ?? run.signal}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return run.stdout;
}

/** Screenshots `html` at WIDTH, as tall as the page up to `maxHeight`. */
async function screenshot(browser: string, work: string, name: string, html: string, out: string, maxHeight = MAX_HEIGHT): Promise<void> {
  const file = join(work, `${name}.html`);
  await writeFile(file, html);
  const url = pathToFileURL(file).href;
  const profile = await mkdtemp(join(work, 'profile-'));
  const dom = chromium(browser, profile, maxHeight, ['--dump-dom'], url);
  const measured = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
  const height = Number.isFinite(measured) && measured > 0 ? Math.min(measured, maxHeight) : maxHeight;
  chromium(browser, profile, height, [`--screenshot=${out}`], url);
  const { size } = await stat(out);
  const note = measured > maxHeight ? `, cropped from ${measured}px` : '';
  console.log(`${out}: ${WIDTH}x${height}${note}, ${Math.round(size / 1024)} KB${size > MAX_BYTES ? ' (over 400 KB!)' : ''}`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, now: { type: 'string' }, 'keep-html': { type: 'boolean' } },
    strict: true,
  });
  const out = resolve(values.out ?? join(ROOT, 'docs'));
  const now = new Date(values.now ?? '2022-04-05T08:00:00Z');
  if (Number.isNaN(now.getTime())) {
    console.error(`--now: "${values.now}" is not a date.`);
    return 2;
  }
  const browser = findChromium();
  if (!browser) {
    console.error('Chromium was not found. Install it (Debian: apt-get install chromium) or set CHROMIUM=/path/to/chromium.');
    return 1;
  }

  const work = await mkdtemp(join(tmpdir(), 'newsdigest-docs-'));
  try {
    // What `serve --once` does with `import: [examples]`: import, then the operator's digest.
    const configFile = join(work, 'newsdigest.yaml');
    const config = {
      database: join(work, 'db.sqlite'),
      digestsDir: join(work, 'digests'),
      topics: join(ROOT, 'config/topics.yaml'),
      feeds: join(work, 'feeds.yaml'),
      import: [join(ROOT, 'examples')],
    };
    await writeFile(configFile, JSON.stringify(config, null, 2) + '\n');
    const app = await createApp({ configFile, env: {}, clock: fixedClock(now), defaultLogLevel: 'error' });
    let result;
    try {
      await app.store.workspaces.ensure(app.config.workspace, 'console', now.toISOString());
      const report = await importFiles(app.config.importPaths, { workspace: app.config.workspace, topics: app.topics }, app);
      for (const e of report.errors) console.warn(`import: ${e.ref}: ${e.reason}`);
      result = await runConsoleDigest(app, now, app.config.digest.sinceMs);
    } finally {
      await app.close();
    }
    const { digest, files } = result;
    const message = digestMessage(digest);
    const discord = renderDiscord(message);
    const slack = renderSlack(message);
    console.log(`digest: ${digest.sections.length} sections, ${digest.figures.length} figures; discord ${discord.length} part(s), slack ${slack.length} part(s)`);

    await mkdir(out, { recursive: true });
    const chart = files.chartPng;
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(now);
    const hour12 = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(now);
    await screenshot(browser, work, 'discord', discordPage(discord, chart, `Today at ${time}`), join(out, 'digest-discord.png'));
    await screenshot(browser, work, 'slack', slackPage(slack, chart, hour12), join(out, 'digest-slack.png'), SLACK_MAX_HEIGHT);
    const chartName = files.chart ? files.chart.split(/[\\/]/).pop()! : '';
    const images = chart && chartName ? { [chartName]: dataUrl(chart) } : {};
    const mdName = files.markdown.split(/[\\/]/).pop()!;
    await screenshot(browser, work, 'markdown', markdownPage(files.text, mdName, images), join(out, 'digest-markdown.png'));
    if (files.chart && existsSync(files.chart)) {
      await copyFile(files.chart, join(out, 'figures-chart.png'));
      console.log(`${join(out, 'figures-chart.png')}: the chart as rendered`);
    }
    if (values['keep-html']) console.log(`HTML pages kept in ${work}`);
    return 0;
  } finally {
    if (!values['keep-html']) await rm(work, { recursive: true, force: true });
  }
}

process.exit(await main());
