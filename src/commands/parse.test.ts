import { describe, expect, it } from 'vitest';
import { parseCommandText, tokenize, usageText } from './parse.js';

describe('parseCommandText', () => {
  it.each([
    ['/news figures refugees', 'figures', { metric: 'refugees' }],
    ['figures', 'figures', {}],
    ['/news digest sanctions', 'digest', { topic: 'sanctions' }],
    ['/news search ICC arrest warrant', 'search', { query: 'ICC arrest warrant' }],
    ['/news search "asset freeze"', 'search', { query: 'asset freeze' }],
    ['/news story s_abc123', 'story', { id: 's_abc123' }],
    ['/news subscribe sanctions "0 8 * * *" Europe/Kyiv', 'subscribe', { topic: 'sanctions', cron: '0 8 * * *', timezone: 'Europe/Kyiv' }],
    ['/news subscribe sanctions timezone:Europe/Kyiv', 'subscribe', { topic: 'sanctions', timezone: 'Europe/Kyiv' }],
    ['/news subscribe all cron=“30 7 * * 1-5”', 'subscribe', { topic: 'all', cron: '30 7 * * 1-5' }],
    ['  NEWS   Topics ', 'topics', {}],
    ['', 'help', {}],
  ])('%s', (text, subcommand, options) => {
    expect(parseCommandText(text)).toEqual({ subcommand, options });
  });

  it('names an unknown subcommand and gives the usage', () => {
    const parsed = parseCommandText('/news weather kyiv');
    expect(parsed).toMatchObject({ error: 'Unknown command "weather".' });
    expect('usage' in parsed && parsed.usage).toContain('/news search <query>');
  });

  it('refuses a missing required argument with that command usage', () => {
    expect(parseCommandText('/news story')).toEqual({ error: '/news story needs id.', usage: '/news story <id>' });
    expect(parseCommandText('/news search')).toMatchObject({ error: '/news search needs query.' });
  });

  it('refuses extra arguments', () => {
    expect(parseCommandText('/news figures refugees killed')).toMatchObject({
      error: 'Too many arguments for /news figures: "killed".',
    });
  });
});

describe('tokenize', () => {
  it('keeps quoted runs together and drops the quotes', () => {
    expect(tokenize(`a "b c" 'd e' f`)).toEqual(['a', 'b c', 'd e', 'f']);
    expect(tokenize('cron=“0 8 * * *” x')).toEqual(['cron=0 8 * * *', 'x']);
  });

  it('keeps a lone apostrophe, as in a URL', () => {
    expect(tokenize("feed-add https://example.org/o'brien/rss")).toEqual(['feed-add', "https://example.org/o'brien/rss"]);
    expect(tokenize('"" a')).toEqual(['', 'a']);
  });
});

describe('usageText', () => {
  it('lists every subcommand once', () => {
    const lines = usageText().split('\n');
    expect(lines.some((l) => l.startsWith('/news digest [topic]'))).toBe(true);
    expect(new Set(lines).size).toBe(lines.length);
  });
});
