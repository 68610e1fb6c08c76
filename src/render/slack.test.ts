import { describe, expect, it } from 'vitest';
import type { Message, MessageItem } from '../core/message.js';
import { slackLimitBreaches } from '../../tests/slack/limits.js';
import { type Block, clip, escapeSlack, mrkdwnSafe, renderSlack, slackUrl } from './slack.js';

const textOf = (block: Block): string =>
  block.type === 'context' ? block.elements.map((e) => e.text).join(' | ') : block.text.text;

function story(n: number, extra: Partial<MessageItem> = {}): MessageItem {
  return {
    title: `Story ${n}`,
    url: `https://example.org/${n}`,
    body: `Court filing number ${n} was lodged with the registry on Monday.`,
    meta: [`${(n % 4) + 1} sources`],
    links: [{ label: `Outlet ${n}`, url: `https://news.example.net/a/${n}` }],
    ...extra,
  };
}

describe('escapeSlack / mrkdwnSafe', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<!here> and <@U123>', '&lt;!here&gt; and &lt;@U123&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&amp; already', '&amp;amp; already'],
    ['bidi \u202Egnp.exe', 'bidi gnp.exe'],
    ['tab\tand\nnewline\u0007bell', 'tab\tand\nnewlinebell'],
  ])('escapeSlack(%j) = %j', (input, expected) => {
    expect(escapeSlack(input)).toBe(expected);
  });

  it.each([
    ['**bold**', '\u2217\u2217bold\u2217\u2217'],
    ['_it_ ~s~ `c`', '\u02CDit\u02CD \u223Cs\u223C \u02CBc\u02CB'],
    ['> quoted', '\u00AD&gt; quoted'],
    ['a\n> b', 'a\n\u00AD&gt; b'],
    ['no markup here', 'no markup here'],
  ])('mrkdwnSafe(%j) = %j', (input, expected) => {
    expect(mrkdwnSafe(input)).toBe(expected);
  });

  it.each([
    ['short', 10, 'short'],
    ['abcdefghij', 5, 'abcd…'],
    ['a &amp; b', 4, 'a …'],
    ['ab\uD83D\uDE00cd', 4, 'ab…'],
  ])('clip(%j, %i) = %j', (input, max, expected) => {
    expect(clip(input, max)).toBe(expected);
  });

  it.each([
    ['https://example.org/a?b=1&c=2', 'https://example.org/a?b=1&amp;c=2'],
    ['http://example.org/x|y', 'http://example.org/x%7Cy'],
    ['https://example.org/<tag>', 'https://example.org/%3Ctag%3E'],
    ['javascript:alert(1)', null],
    ['mailto:desk@example.org', null],
    ['not a url', null],
    [null, null],
  ])('slackUrl(%j) = %j', (input, expected) => {
    expect(slackUrl(input)).toBe(expected);
  });
});

describe('renderSlack', () => {
  it('renders a small digest as exact blocks', () => {
    const message: Message = {
      title: 'Sanctions digest',
      subtitle: '24 h to 22 Nov 2026 09:00 UTC',
      sections: [
        { heading: 'Sanctions', items: [{ title: 'EU adopts a new package', url: 'https://example.org/eu', body: 'Ministers agreed on Friday.', meta: ['3 sources'], links: [{ label: 'Example News', url: 'https://example.org/eu' }] }] },
        { heading: 'Legal action', items: [], emptyText: 'No stories in this window.' },
      ],
      footer: 'Sources are listed under each story.',
    };
    expect(renderSlack(message)).toEqual([{
      text: 'Sanctions digest',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Sanctions digest', emoji: true } },
        { type: 'context', elements: [{ type: 'plain_text', text: '24 h to 22 Nov 2026 09:00 UTC', emoji: true }] },
        { type: 'header', text: { type: 'plain_text', text: 'Sanctions', emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: '*<https://example.org/eu|EU adopts a new package>*\nMinisters agreed on Friday.', verbatim: true } },
        { type: 'context', elements: [
          { type: 'mrkdwn', text: '<https://example.org/eu|Example News>', verbatim: true },
          { type: 'plain_text', text: '3 sources', emoji: true },
        ] },
        { type: 'header', text: { type: 'plain_text', text: 'Legal action', emoji: true } },
        { type: 'context', elements: [{ type: 'plain_text', text: 'No stories in this window.', emoji: true }] },
        { type: 'context', elements: [{ type: 'plain_text', text: 'Sources are listed under each story.', emoji: true }] },
      ],
    }]);
  });

  it('splits a long digest between stories, repeating headings as continued', () => {
    const message: Message = {
      title: 'Daily digest',
      sections: ['Legal action', 'Sanctions', 'Humanitarian'].map((heading, s) => ({
        heading,
        items: Array.from({ length: 30 }, (_, i) => story(s * 100 + i)),
      })),
    };
    const parts = renderSlack(message);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(slackLimitBreaches(part)).toEqual([]);

    // Every story appears exactly once, its section and context side by side in one part.
    const titles = parts.flatMap((p) => p.blocks.filter((b) => b.type === 'section').map(textOf));
    expect(titles).toHaveLength(90);
    for (const part of parts) {
      part.blocks.forEach((block, i) => {
        if (block.type === 'section') expect(part.blocks[i + 1]?.type).toBe('context');
      });
    }
    // A part that opens inside a section repeats that section's heading.
    for (const [k, part] of parts.entries()) {
      if (k === 0) continue;
      expect(textOf(part.blocks[0]!)).toBe(`Daily digest (part ${k + 1} of ${parts.length})`);
      const second = part.blocks[1]!;
      expect(second.type).toBe('header');
      expect(textOf(second)).toMatch(/^(Legal action|Sanctions|Humanitarian)( \(continued\))?$/);
      expect(part.text).toBe(`Daily digest (part ${k + 1} of ${parts.length})`);
    }
    const headings = parts.flatMap((p) => p.blocks.filter((b) => b.type === 'header').map(textOf));
    expect(headings.filter((h) => h.endsWith('(continued)')).length).toBeGreaterThan(0);
    // No heading is left alone at the end of a part.
    for (const part of parts) expect(part.blocks.at(-1)?.type).not.toBe('header');
    expect(renderSlack(message)).toEqual(parts);
  });

  it('truncates an over-long body with "…", keeping the title and the links', () => {
    const [part] = renderSlack({ title: 'T', sections: [{ heading: 'H', items: [story(1, { body: 'word '.repeat(2000) })] }] });
    const section = part!.blocks[2]!;
    expect(section.type).toBe('section');
    expect(textOf(section).length).toBeLessThanOrEqual(3000);
    expect(textOf(section).startsWith('*<https://example.org/1|Story 1>*\nword')).toBe(true);
    expect(textOf(section).endsWith('…')).toBe(true);
    expect(textOf(part!.blocks[3]!)).toContain('<https://news.example.net/a/1|Outlet 1>');
  });

  it('keeps every meta fact and says how many links did not fit', () => {
    const meta = Array.from({ length: 12 }, (_, i) => `fact ${i}`);
    const links = Array.from({ length: 40 }, (_, i) => ({ label: `Outlet number ${i}`, url: `https://example.org/${'x'.repeat(60)}/${i}` }));
    const [part] = renderSlack({ title: 'T', sections: [{ heading: 'H', items: [{ title: 'S', meta, links }] }] });
    expect(slackLimitBreaches(part!)).toEqual([]);
    const context = part!.blocks[3]!;
    expect(context.type === 'context' && context.elements.length).toBe(10);
    const text = textOf(context);
    for (const fact of meta) expect(text).toContain(fact);
    expect(text).toMatch(/\+\d+ more/);
  });

  it('links only http(s) URLs and escapes | and > in labels', () => {
    const [part] = renderSlack({ title: 'T', sections: [{ heading: 'H', items: [{
      title: 'A|B > C', url: 'javascript:alert(1)',
      links: [{ label: 'x|y>z', url: 'https://example.org/ok' }, { label: 'data', url: 'data:text/html,hi' }],
    }] }] });
    expect(textOf(part!.blocks[2]!)).toBe('*A\u2223B &gt; C*');
    expect(textOf(part!.blocks[3]!)).toBe('<https://example.org/ok|x\u2223y&gt;z> · data');
  });

  it('renders a hostile feed item safely', () => {
    const hostile = '@everyone <!channel> **bold** <script>alert(1)</script>';
    const summary = `${'🇺🇦 שלום עליכם مرحبا \u202Eevil '.repeat(300)}<@U123> & <!here>`.padEnd(10_000, 'z');
    const parts = renderSlack({
      title: hostile, subtitle: hostile, text: summary, footer: hostile,
      sections: [{ heading: hostile, items: [{ title: hostile, url: 'https://example.org/a', body: summary, meta: [hostile], links: [{ label: hostile, url: 'https://example.org/b' }] }] }],
      tables: [{ heading: hostile, columns: [hostile, 'Value'], rows: [[hostile, '5'], ['killed', summary]] }],
    });
    for (const part of parts) {
      expect(slackLimitBreaches(part)).toEqual([]);
      const json = JSON.stringify(part);
      expect(json).not.toMatch(/<!|<@|<script/);
      expect(json).not.toContain('\u202E');
      // plain_text shows "**" literally; in mrkdwn it would format, so it must not survive there.
      const mrkdwnTexts = part.blocks.flatMap((b) => (b.type === 'context' ? b.elements : [b.text])).filter((t) => t.type === 'mrkdwn');
      for (const t of mrkdwnTexts) expect(t.text).not.toMatch(/\*\*|_|~|`/);
      expect(json).toContain('&lt;!channel&gt;');
      expect(json).toContain('🇺🇦 שלום עליכם مرحبا');
      // The only "<" left open a link to one of our http(s) URLs.
      for (const match of json.matchAll(/<([^|>]*)/g)) expect(match[1]).toMatch(/^https:\/\/example\.org\/[ab]$/);
    }
  });

  it('lays a table out as whole rows within limits, continued across parts', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => ['refugees', `${i * 1000}`, 'UNHCR', `2022-03-${String((i % 28) + 1).padStart(2, '0')}`, 'not independently verified '.repeat(3)]);
    const parts = renderSlack({ title: 'Figures', tables: [{ heading: 'Humanitarian figures', columns: ['Metric', 'Value', 'Source', 'As of', 'Caveat'], rows }] });
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(slackLimitBreaches(part)).toEqual([]);
    const lines = parts.flatMap((p) => p.blocks.filter((b) => b.type === 'section').flatMap((b) => textOf(b).split('\n')));
    expect(lines).toHaveLength(1500);
    expect(lines[1]).toBe('*refugees* · 1000 · UNHCR · 2022-03-02 · not independently verified not independently verified not independently verified');
    expect(textOf(parts[1]!.blocks[1]!)).toBe('Humanitarian figures (continued)');
    expect(textOf(parts[1]!.blocks[2]!)).toBe('Metric · Value · Source · As of · Caveat');
  });

  it('splits long plain text into sections without losing any of it', () => {
    const text = Array.from({ length: 800 }, (_, i) => `Line ${i} of the help text.`).join('\n');
    const parts = renderSlack({ title: 'Help', text, ephemeral: true });
    const sections = parts.flatMap((p) => p.blocks.filter((b) => b.type === 'section').map(textOf));
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.join('\n')).toBe(text);
  });

  it('clips an over-long title to the 150-character header', () => {
    const [part] = renderSlack({ title: '&'.repeat(400) });
    const head = textOf(part!.blocks[0]!);
    expect(head.length).toBeLessThanOrEqual(150);
    expect(head).toMatch(/^(&amp;)+…$/);
  });
});

describe('renderSlack tables', () => {
  it('leaves empty cells out instead of showing placeholders', () => {
    const [part] = renderSlack({ title: 'F', tables: [{ heading: 'Figures', columns: ['Metric', 'Figure', 'Caveat'], rows: [['Killed', 'at least 5', '']] }] });
    const text = JSON.stringify(part!.blocks);
    expect(text).toContain('*Killed* · at least 5"');
    expect(text).not.toContain('—');
  });
});
