import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from './html-article.js';

const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

describe('parseHtmlArticle', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'Open Graph and article metadata',
      page(
        '<meta property="og:title" content="OG Title Here"><meta property="og:site_name" content="Example Wire">' +
          '<meta property="og:url" content="https://example.com/og"><meta name="author" content="Jane Example">' +
          '<meta property="article:published_time" content="2022-03-07T10:00:00Z">',
        '<article><h1>Other Heading</h1><p>Judges met.</p></article>',
      ),
      { title: 'OG Title Here', outlet: 'Example Wire', url: 'https://example.com/og', byline: 'Jane Example', published: '2022-03-07T10:00:00Z' },
    ],
    [
      'canonical link wins over og:url',
      page('<link rel="canonical" href="https://example.com/c"><meta property="og:url" content="https://example.com/og">', '<h1>Some Headline Words</h1><p>Text.</p>'),
      { url: 'https://example.com/c' },
    ],
    [
      'h1 title, removed from the text',
      page('<title>Page</title>', '<main><h1>Court Hears the Case</h1><p>Judges met.</p></main>'),
      { title: 'Court Hears the Case', text: 'Judges met.' },
    ],
    [
      '<title> with a known site suffix gives title and outlet',
      page('<title>Judges Hear the Case | BBC News</title>', '<p>Judges met.</p>'),
      { title: 'Judges Hear the Case', outlet: 'BBC News' },
    ],
    [
      '<title> suffix that is not an outlet stays',
      page('<title>Talks - Day Two</title>', '<p>Judges met.</p>'),
      { title: 'Talks - Day Two', outlet: null },
    ],
    [
      'time element and meta date',
      page('', '<article><p>Judges met.</p><time datetime="2022-03-07">7 March</time></article>'),
      { published: '2022-03-07' },
    ],
    [
      'article:author as a URL is not a byline',
      page('<meta property="article:author" content="https://example.com/jane">', '<p>By Jane Example</p><p>Judges met.</p>'),
      { byline: 'Jane Example', text: 'Judges met.' },
    ],
    [
      'the longest article element is the story',
      page('', '<article><p>Short teaser.</p></article><article><p>The long story about the hearing in The Hague.</p></article>'),
      { text: 'The long story about the hearing in The Hague.' },
    ],
    [
      'a page without a body element keeps the head out of the text',
      '<title>Head Title Words</title><p>Judges met.</p>',
      { title: 'Head Title Words', text: 'Judges met.' },
    ],
    [
      'no metadata at all',
      page('', '<p>The assembly voted on Wednesday. Four countries opposed.</p>'),
      { title: 'The assembly voted on Wednesday', outlet: null, byline: null, url: null, published: null, guid: null, externalId: null },
    ],
  ])('%s', (_, html, expected) => {
    expect(parseHtmlArticle(html, 'page.html')).toMatchObject(expected);
  });

  it('reports a page with nothing to import', () => {
    expect(parseHtmlArticle(page('', '<script>x()</script>'), 'page.html')).toEqual({
      ref: 'page.html',
      reason: 'The page has no title and no article text.',
      code: 'input_invalid',
    });
  });
});
