import { describe, expect, it } from 'vitest';
import type { Message, MessageItem } from '../core/message.js';
import { DISCORD_LIMITS, discordLimitProblems, escapeDiscordText, fitEscaped, renderDiscord, safeUrl } from './discord.js';
import type { DiscordPart } from './discord.js';

const ZWSP = '\u200b';

function descriptions(parts: DiscordPart[]): string[] {
  return parts.flatMap((p) => p.embeds.map((e) => e.description ?? ''));
}

function longItem(section: number, index: number, bodyLength: number): MessageItem {
  const words = `Story ${section}-${index} reports what the agencies said about the week. `;
  return {
    title: `Headline S${section}I${index}`,
    url: `https://news.example.org/${section}/${index}`,
    body: words.repeat(Math.ceil(bodyLength / words.length)).slice(0, bodyLength).trim(),
    meta: ['3 sources', '2 Mar 2022'],
    links: [{ label: 'Outlet A', url: `https://a.example/${section}/${index}` }, { label: 'Outlet B', url: `https://b.example/${section}/${index}` }],
  };
}

function longDigest(sections = 3, items = 15, bodyLength = 700): Message {
  return {
    title: 'Daily digest',
    subtitle: '24 h to 2 Mar 2022 09:00 UTC',
    sections: Array.from({ length: sections }, (_, s) => ({
      heading: `Section ${s}`,
      items: Array.from({ length: items }, (_, i) => longItem(s, i, bodyLength)),
    })),
    footer: 'newsdigest · /news story <id> for full coverage',
  };
}

describe('escapeDiscordText', () => {
  it.each([
    ['@everyone look', `@${ZWSP}everyone look`],
    ['hi @here', `hi @${ZWSP}here`],
    ['<@123> and <@!9> <@&456> <#789>', `<${ZWSP}@123> and <${ZWSP}@!9> <${ZWSP}@&456> <${ZWSP}#789>`],
    ['</news:1> <t:1700000000> <a:wave:5>', `<${ZWSP}/news:1> <${ZWSP}t:1700000000> <${ZWSP}a:wave:5>`],
    ['**bold** __u__ ~~s~~ `code` ||spoiler||', '\\*\\*bold\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|'],
    ['[click](https://evil.example)', '\\[click\\]\\(https:\u200b//evil.example\\)'],
    ['bare https://evil.example/login and <id:guide>', 'bare https:\u200b//evil.example/login and <\u200bid:guide>'],
    ['# Heading\n> quote\n- item\n1. first', '\\# Heading\n\\> quote\n\\- item\n1\\. first'],
    ['back\\slash', 'back\\\\slash'],
    ['a\u202eevil\u202c b\u0007c\r\nd', 'aevil bc\nd'],
    ['مرحبا שלום 🇺🇦 👩‍👩‍👧', 'مرحبا שלום 🇺🇦 👩‍👩‍👧'],
  ])('escapes %j', (input, expected) => {
    expect(escapeDiscordText(input)).toBe(expected);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://news.example/a?b=1', 'https://news.example/a?b=1'],
    ['http://news.example/x_(y)', 'http://news.example/x_%28y%29'],
    ['https://news.example/a b', 'https://news.example/a%20b'],
    ['javascript:alert(1)', null],
    ['ftp://files.example/x', null],
    ['https://trusted.example@evil.example/', null],
    ['not a url', null],
    ['', null],
    [`https://news.example/${'x'.repeat(2000)}`, null],
  ])('%j -> %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

describe('fitEscaped', () => {
  it('returns the escaped text unchanged when it fits', () => {
    expect(fitEscaped('a *b*', 20)).toBe('a \\*b\\*');
  });
  it('cuts with an ellipsis within the limit, never inside an emoji or an escape', () => {
    const text = '👩‍👩‍👧 *'.repeat(50);
    for (const max of [5, 17, 33, 64]) {
      const out = fitEscaped(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.endsWith('…')).toBe(true);
      expect(out).not.toMatch(/(^|[^\\])(\\\\)*\\…$/);
      expect(out.replace(/…$/, '').replace(/\\\*/g, '').replace(/👩‍👩‍👧/g, '').trim()).toBe('');
    }
  });
  it('never separates a combining accent or a flag from its base', () => {
    for (const [unit, max] of [['e\u0301', 12], ['🇺🇦', 10], ['مَ', 9]] as const) {
      const out = fitEscaped(unit.repeat(200), max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.slice(0, -1).split(unit).join('')).toBe('');
    }
  });

  it('prefers to cut on a word boundary', () => {
    expect(fitEscaped('alpha beta gamma delta', 14)).toBe('alpha beta…');
  });
});

describe('renderDiscord', () => {
  it('renders a short text-only message as content, with mentions disabled', () => {
    const parts = renderDiscord({ title: 'Help', text: 'Use /news digest.\n\nAsk @everyone.', footer: 'v1' });
    expect(parts).toEqual([{
      content: `**Help**\nUse /news digest.\nAsk @${ZWSP}everyone.\n*v1*`,
      embeds: [],
      allowed_mentions: { parse: [] },
    }]);
  });

  it('renders sections as embeds with linked titles, meta and source links', () => {
    const [part, ...rest] = renderDiscord({
      title: 'Sanctions',
      sections: [{ heading: 'EU', items: [{ title: 'New package (12th)', url: 'https://eu.example/p', body: 'Steel and LNG.', meta: ['2 sources'], links: [{ label: 'EU', url: 'https://eu.example/p' }, { label: 'bad', url: 'javascript:x' }] }] }],
    });
    expect(rest).toEqual([]);
    expect(part?.allowed_mentions).toEqual({ parse: [] });
    expect(part?.embeds.map((e) => e.title)).toEqual(['Sanctions', 'EU']);
    expect(part?.embeds[1]?.description).toBe(
      '**[New package \\(12th\\)](https://eu.example/p)**\nSteel and LNG.\n*2 sources*\n[EU](https://eu.example/p) · bad',
    );
  });

  it('keeps an empty section with its empty text', () => {
    const parts = renderDiscord({ title: 'T', sections: [{ heading: 'Legal action', items: [], emptyText: 'No stories in this window.' }] });
    expect(parts[0]?.embeds[1]).toMatchObject({ title: 'Legal action', description: '*No stories in this window.*' });
  });

  it('renders table rows with column labels and skips empty cells', () => {
    const parts = renderDiscord({
      title: 'Figures',
      tables: [{ heading: 'Humanitarian figures', columns: ['Metric', 'Value', 'Source', 'Caveat'], rows: [['killed (civilians)', 'at least 406', 'UN', ''], ['refugees', '1,000,000', 'UNHCR', 'estimate']] }],
    });
    expect(parts[0]?.embeds[1]?.description).toBe(
      '**killed \\(civilians\\)** · Value: at least 406 · Source: UN\n**refugees** · Value: 1,000,000 · Source: UNHCR · Caveat: estimate',
    );
  });

  it('splits a long digest within every limit, never cutting or losing a story', () => {
    const message = longDigest();
    const parts = renderDiscord(message);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(discordLimitProblems(part)).toEqual([]);

    const all = descriptions(parts);
    for (const section of message.sections ?? []) {
      for (const item of section.items) {
        const holders = all.filter((d) => d.includes(`[${item.title}]`));
        expect(holders).toHaveLength(1);
        // The whole item (title to last link) sits in that one description.
        expect(holders[0]).toContain(`${escapeDiscordText(item.body ?? '')}\n*3 sources · 2 Mar 2022*\n[Outlet A]`);
      }
    }
    // Items keep their order across parts.
    const order = all.join('\n').match(/Headline S\dI\d+/g) ?? [];
    expect(order).toEqual((message.sections ?? []).flatMap((s) => s.items.map((i) => i.title)));

    // A section that continues on a later part repeats its heading.
    const titles = parts.map((p) => p.embeds.map((e) => e.title));
    for (const [k, partTitles] of titles.entries()) {
      if (k === 0) continue;
      const first = partTitles[0] ?? '';
      const previous = titles[k - 1]?.at(-1)?.replace(' (continued)', '');
      if (first.endsWith(' (continued)')) expect(first).toBe(`${previous} (continued)`);
    }
    expect(titles.flat().filter((t) => t?.endsWith('(continued)')).length).toBeGreaterThan(0);
    expect(titles[0]?.[0]).toBe('Daily digest');

    // Footer and part counter on the last embed of each part.
    parts.forEach((p, k) => {
      expect(p.embeds.at(-1)?.footer?.text).toBe(`newsdigest · /news story <id> for full coverage · ${k + 1}/${parts.length}`);
    });
  });

  it('starts a new part after 10 embeds', () => {
    const parts = renderDiscord({ title: 'Many', sections: Array.from({ length: 14 }, (_, i) => ({ heading: `S${i}`, items: [{ title: `t${i}` }] })) });
    expect(parts.map((p) => p.embeds.length)).toEqual([DISCORD_LIMITS.embedsPerMessage, 5]);
    expect(parts[1]?.embeds[0]?.title).toBe('S9');
  });

  it('truncates an oversized item body but keeps its title and links', () => {
    const item = { ...longItem(0, 0, 10_000), title: 'Huge' };
    const parts = renderDiscord({ title: 'T', sections: [{ heading: 'S', items: [item, longItem(0, 1, 100)] }] });
    for (const part of parts) expect(discordLimitProblems(part)).toEqual([]);
    const huge = descriptions(parts).find((d) => d.includes('Huge')) ?? '';
    expect(huge.startsWith('**[Huge](https://news.example.org/0/0)**\n')).toBe(true);
    expect(huge).toMatch(/…\n\*3 sources · 2 Mar 2022\*\n\[Outlet A\]\(https:\/\/a\.example\/0\/0\) · \[Outlet B\]/);
    expect(huge.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(descriptions(parts).join('\n')).toContain('Headline S0I1');
  });

  it('renders a hostile feed item inert and within limits', () => {
    const hostile: MessageItem = {
      title: '@everyone <!channel> **bold** <script>alert(1)</script> <@&42>',
      url: 'javascript:alert(1)',
      body: `${'Шахед 🚀 مرحبا بالعالم שלום \u202eevil\u202c [x](https://evil.example) '.repeat(200)}`.slice(0, 10_000),
      meta: ['@here'],
      links: [{ label: '](https://evil.example)', url: 'https://ok.example/a)b' }],
    };
    const parts = renderDiscord({ title: '@everyone digest', sections: [{ heading: '<#1> heading', items: [hostile] }] });
    const json = JSON.stringify(parts);
    for (const part of parts) {
      expect(discordLimitProblems(part)).toEqual([]);
      expect(part.allowed_mentions).toEqual({ parse: [] });
    }
    expect(json).not.toMatch(/@everyone|@here|<@&42>|<#1>/);
    expect(json).not.toContain('\u202e');
    expect(json).not.toContain('javascript:');
    const description = descriptions(parts)[1] ?? '';
    expect(description.startsWith(`**@${ZWSP}everyone <!channel> \\*\\*bold\\*\\* <script>alert\\(1\\)<${ZWSP}/script> <${ZWSP}@&42>**\n`)).toBe(true);
    expect(description).toContain('Шахед 🚀 مرحبا بالعالم שלום evil \\[x\\]\\(https:\u200b//evil.example\\)');
    expect(description).toContain('[\\]\\(https:\u200b//evil.example\\)](https://ok.example/a%29b)');
    expect(parts[0]?.embeds[1]?.title).toBe(`<${ZWSP}#1> heading`);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(renderDiscord(longDigest()))).toBe(JSON.stringify(renderDiscord(longDigest())));
  });

  it('splits a long text-only message into embeds at paragraph boundaries', () => {
    const paragraph = 'A sentence about the war crimes case. '.repeat(60);
    const parts = renderDiscord({ title: 'Help', text: Array.from({ length: 6 }, () => paragraph).join('\n\n') });
    for (const part of parts) expect(discordLimitProblems(part)).toEqual([]);
    expect(parts[0]?.content).toBeUndefined();
    expect(descriptions(parts).join('\n\n').split('\n\n')).toHaveLength(6);
  });
});

describe('renderDiscord footer', () => {
  it('shows the footer as plain text, since Discord renders no markdown there', () => {
    const [part] = renderDiscord({ title: 'T', sections: [{ heading: 'S', items: [{ title: 'x' }] }], footer: 'See *story* <id> (soon)\u202e' });
    const embeds = part!.embeds;
    expect(embeds[embeds.length - 1]!.footer?.text).toBe('See *story* <id> (soon)');
  });
});
