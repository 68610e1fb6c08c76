import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown, safeUrl } from './markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['**bold** <script>alert(1)</script>', '\\*\\*bold\\*\\* \\<script\\>alert(1)\\</script\\>'],
    ['[click](http://evil.example)', '\\[click\\](http:\u200b//evil.example)'],
    ['see www.evil.example now', 'see www\u200b.evil.example now'],
    ['a\u2003\u2003\nb', 'a b'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['6.2 million', '6.2 million'],
    ['2) second', '2\\) second'],
    ['ping @everyone and @here', 'ping @\u200beveryone and @\u200bhere'],
    ['two\nlines', 'two lines'],
    ['Russia-Ukraine war', 'Russia-Ukraine war'],
  ])('%j', (input, output) => expect(escapeMarkdown(input)).toBe(output));
});

describe('safeUrl', () => {
  it('keeps http(s) and refuses other schemes', () => {
    expect(safeUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    // A ")" would close the Markdown link and let the rest of a hostile URL add an image or link.
    expect(safeUrl('https://news.example/a)![t](https://evil.example/p.png)')).toBe('https://news.example/a%29![t]%28https://evil.example/p.png%29');
    expect(safeUrl('https://user:pass@example.org/')).toBeNull();
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
  });
});

describe('renderMarkdown', () => {
  it('renders sections, items, empty sections and tables with feed text escaped', () => {
    const text = renderMarkdown({
      title: 'Digest',
      sections: [
        { heading: 'Sanctions', items: [{ title: 'EU freezes *assets*', url: 'https://example.org/x', body: 'Body', meta: ['2 sources'], links: [{ label: 'Outlet: title', url: 'javascript:x' }] }] },
        { heading: 'Legal action', items: [], emptyText: 'Nothing new.' },
      ],
      tables: [{ heading: 'Figures', columns: ['Metric', 'Value'], rows: [['Killed', 'at least 1|417']] }],
    });
    expect(text).toContain('### [EU freezes \\*assets\\*](https://example.org/x)');
    expect(text).toContain('- Outlet: title');
    expect(text).not.toContain('javascript:');
    expect(text).toContain('_Nothing new._');
    expect(text).toContain('| Killed | at least 1\\|417 |');
  });
});
