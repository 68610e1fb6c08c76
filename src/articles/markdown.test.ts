import { describe, expect, it } from 'vitest';
import { markdownBlocks, parseMarkdownArticle, splitFrontMatter } from './markdown.js';

describe('splitFrontMatter', () => {
  it.each<[string, string | null, string]>([
    ['---\ntitle: A\n---\nBody', 'title: A', 'Body'],
    ['\uFEFF---\r\ntitle: A\r\n...\r\nBody', 'title: A', 'Body'],
    ['No front matter\n---\n', null, 'No front matter\n---\n'],
  ])('%j', (content, frontMatter, body) => {
    expect(splitFrontMatter(content)).toEqual({ frontMatter, body });
  });
});

describe('markdownBlocks', () => {
  it.each<[string, string, string[]]>([
    ['ATX heading and emphasis', '# Title #\n\nSome **bold** and *italic* and _under_ text.', ['Title', 'Some bold and italic and under text.']],
    ['links keep their text, images go', 'See [the order](https://x.test/a_(b)) ![map](m.png) now.', ['See the order now.']],
    ['reference links and definitions', 'Read [the ruling][1].\n\n[1]: https://x.test', ['Read the ruling.']],
    ['lists and quotes', '- one\n- two\n\n> quoted *line*', ['one', 'two', 'quoted line']],
    ['rules and HTML tags dropped', 'Before\n\n***\n\n<div>After</div>', ['Before', 'After']],
    ['escapes stay literal', 'Price \\*not\\* emphasis, snake_case_name stays.', ['Price *not* emphasis, snake_case_name stays.']],
    ['code fences keep their content', '```\nraw *text*\n```', ['raw *text*']],
    ['paragraph lines are joined', 'one\ntwo', ['one two']],
    ['entities decoded', 'Q&amp;A &lt;today&gt;', ['Q&A <today>']],
  ])('%s', (_, markdown, expected) => {
    expect(markdownBlocks(markdown).map((b) => b.text)).toEqual(expected);
  });

  it('marks setext and ATX headings with their level', () => {
    expect(markdownBlocks('Top\n===\n\n## Sub\n\nText')).toEqual([
      { text: 'Top', heading: 1 },
      { text: 'Sub', heading: 2 },
      { text: 'Text', heading: 0 },
    ]);
  });
});

describe('parseMarkdownArticle', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'front matter aliases',
      '---\ntitle: Court Rules\nsource: Example Wire\nauthor: [Jane Example, John Example]\nlink: https://example.com/a\nguid: g-1\nid: 42\ndate: 2022-03-16\n---\nThe court ruled.',
      { title: 'Court Rules', outlet: 'Example Wire', byline: 'Jane Example, John Example', url: 'https://example.com/a', guid: 'g-1', externalId: '42', published: '2022-03-16', text: 'The court ruled.' },
    ],
    [
      'front matter names',
      '---\ntitle: A Title\noutlet: Example Wire\nbyline: Jane Example\nurl: https://example.com/b\npublished: "2022-03-02T10:00:00Z"\n---\nText.',
      { outlet: 'Example Wire', byline: 'Jane Example', url: 'https://example.com/b', published: '2022-03-02T10:00:00Z' },
    ],
    [
      'a bad url and an unreadable date become null',
      '---\ntitle: T\nurl: ftp://example.com/x\ndate: soon\n---\nText.',
      { url: null, published: null },
    ],
    [
      'a leading heading is the title without front matter',
      '# Court Orders Halt\n\nThe court ruled on Wednesday.',
      { title: 'Court Orders Halt', text: 'The court ruled on Wednesday.', published: null },
    ],
    [
      'empty front matter',
      '---\n---\nThe court ruled on Wednesday. Russia objected.',
      { title: 'The court ruled on Wednesday', origin: { kind: 'file', ref: 'x.md' } },
    ],
  ])('%s', (_, content, expected) => {
    expect(parseMarkdownArticle(content, 'x.md')).toMatchObject(expected);
  });

  it.each<[string, string]>([
    ['---\ntitle: [unclosed\n---\nBody.', 'not valid YAML'],
    ['---\n- a list\n---\nBody.', 'list of "field: value" lines'],
    ['---\ntitle:\n  nested: map\n---\nBody.', 'field "title" must be text'],
    ['---\ntitle: ""\n---\n![only an image](a.png)', 'no title and no article text'],
  ])('reports %j', (content, reason) => {
    expect(parseMarkdownArticle(content, 'x.md')).toMatchObject({ ref: 'x.md', reason: expect.stringContaining(reason) });
  });
});
