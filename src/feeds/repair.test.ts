import { describe, expect, it } from 'vitest';
import { repairFeedXml } from './repair.js';
import type { RepairKind } from './repair.js';

describe('repairFeedXml', () => {
  it.each<[string, string, string, Partial<Record<RepairKind, number>>]>([
    ['well-formed input is untouched', '<rss version="2.0"><channel><title>A &amp; B &#38; &#x26;</title></channel></rss>',
      '<rss version="2.0"><channel><title>A &amp; B &#38; &#x26;</title></channel></rss>', {}],
    ['stray ampersands are escaped', '<rss version="2.0"><channel><title>A & B</title><link>/x?a=1&b=2</link></channel></rss>',
      '<rss version="2.0"><channel><title>A &amp; B</title><link>/x?a=1&amp;b=2</link></channel></rss>', { stray_ampersand: 2 }],
    ['a name without a semicolon is not a reference', '<rss version="2.0"><channel><title>?p=1&copy=2</title></channel></rss>',
      '<rss version="2.0"><channel><title>?p=1&amp;copy=2</title></channel></rss>', { stray_ampersand: 1 }],
    ['CDATA and comments keep their ampersands', '<rss version="2.0"><channel><!-- a & b --><title><![CDATA[Q&A]]></title></channel></rss>',
      '<rss version="2.0"><channel><!-- a & b --><title><![CDATA[Q&A]]></title></channel></rss>', {}],
    ['BOM and whitespace before the declaration', '\uFEFF \n<?xml version="1.0"?><rss version="2.0"><channel/></rss>',
      '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', { leading_junk: 1 }],
    ['control characters are dropped, tab and newline kept', '<rss version="2.0"><channel><title>a\u0000b\u0008c\td\ne\u001b</title></channel></rss>',
      '<rss version="2.0"><channel><title>abc\td\ne</title></channel></rss>', { control_chars: 3 }],
    ['unversioned rss is counted, text unchanged', '<rss><channel><title>t</title></channel></rss>',
      '<rss><channel><title>t</title></channel></rss>', { rss_version: 1 }],
    ['items directly under rss get a channel', '<rss version="2.0"><item><title>t</title></item></rss>',
      '<rss version="2.0"><channel><item><title>t</title></item></channel></rss>', { missing_channel: 1 }],
    ['empty rss gets an empty channel', '<?xml version="1.0"?>\n<rss version="2.0">\n</rss>',
      '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n</channel></rss>', { missing_channel: 1 }],
    ['RDF without channel gets one beside the items', '<rdf:RDF xmlns:rdf="x"><item><title>t</title></item></rdf:RDF>',
      '<rdf:RDF xmlns:rdf="x"><channel></channel><item><title>t</title></item></rdf:RDF>', { missing_channel: 1 }],
    ['Atom dates: whitespace trimmed, unparseable emptied', '<feed><entry><published> 2024-01-02T03:04:05Z </published><updated>soon</updated></entry></feed>',
      '<feed><entry><published>2024-01-02T03:04:05Z</published><updated></updated></entry></feed>', { atom_date: 2 }],
  ])('%s', (_name, input, output, kinds) => {
    const result = repairFeedXml(input);
    expect(result.xml).toBe(output);
    const expectedTotal = Object.values(kinds).reduce((sum, n) => sum + (n ?? 0), 0);
    expect(result.repairs).toBe(expectedTotal);
    for (const [kind, count] of Object.entries(kinds)) expect(result.byKind[kind as RepairKind]).toBe(count);
  });

  it('drops lone surrogates but keeps pairs (emoji)', () => {
    const result = repairFeedXml('<rss version="2.0"><channel><title>\uD83D\uDE00 \uD800x</title></channel></rss>');
    expect(result.xml).toContain('\uD83D\uDE00 x');
    expect(result.byKind.control_chars).toBe(1);
  });
});
