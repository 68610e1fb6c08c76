/**
 * HTML articles (a saved web page): metadata from the Open Graph protocol (ogp.me), the article
 * namespace (article:published_time) and standard <meta>/<link> elements; text from <article>,
 * else <main>, else <body>, through `htmlToText` and then the plain-text reader, which finds a
 * byline in the body and drops boilerplate.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ArticleDraft } from '../core/article.js';
import { htmlToText } from '../text/html.js';
import { normalizeDate } from './dates.js';
import { knownOutlet } from './outlets.js';
import { fileDraft, readPlainArticle } from './plain-text.js';
import { importError, type ImportError } from './types.js';
import { canonicalizeUrl } from '../feeds/url.js';

type HtmlDocument = ReturnType<typeof parseDocument>;
type HtmlElement = NonNullable<ReturnType<typeof DomUtils.findOne>>;

/** <meta> values by lower-cased `property`, `name` or `itemprop`; the first of each wins. */
function metaValues(doc: HtmlDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of DomUtils.getElementsByTagName('meta', doc, true)) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').trim().toLowerCase();
    const content = (el.attribs.content ?? '').trim();
    if (key !== '' && content !== '' && !values.has(key)) values.set(key, content);
  }
  return values;
}

function firstOf(meta: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value !== undefined) return value;
  }
  return null;
}

function text(el: HtmlElement | null | undefined): string | null {
  if (!el) return null;
  const value = DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
  return value === '' ? null : value;
}

/** The element holding the story: the <article> with the most text, else <main>, else <body>. */
function storyElement(doc: HtmlDocument): HtmlElement | HtmlDocument {
  const articles = DomUtils.getElementsByTagName('article', doc, true);
  if (articles.length > 0) {
    return articles.reduce((best, el) => (DomUtils.textContent(el).length > DomUtils.textContent(best).length ? el : best));
  }
  return DomUtils.findOne((el) => el.name === 'main', doc.children, true)
    ?? DomUtils.findOne((el) => el.name === 'body', doc.children, true)
    ?? doc;
}

/** "Kremlin denies claim - The Moscow Times" -> the title without the site suffix, and the site. */
function splitTitleSuffix(title: string, siteName: string | null): { title: string; site: string | null } {
  const match = /^(.{10,}?)\s+(?:[-–—|:•·])\s+([^-–—|]{2,60})$/.exec(title);
  const suffix = match?.[2]?.trim();
  if (!match?.[1] || suffix === undefined) return { title, site: null };
  const site = siteName !== null && suffix.toLowerCase() === siteName.toLowerCase() ? siteName : knownOutlet(suffix);
  return site === null ? { title, site: null } : { title: match[1].trim(), site };
}

/**
 * One article from an HTML page.
 * @example
 * const html = '<html><head><meta property="og:site_name" content="Example Wire"></head>' +
 *   '<body><article><h1>Court Opens Hearing on Genocide Claim</h1><p>Judges met.</p></article></body></html>';
 * parseHtmlArticle(html, 'page.html') // { title: 'Court Opens Hearing on Genocide Claim', outlet: 'Example Wire', text: 'Judges met.', ... }
 */
export function parseHtmlArticle(html: string, ref: string): ArticleDraft | ImportError {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const meta = metaValues(doc);
  const story = storyElement(doc);

  const siteName = firstOf(meta, ['og:site_name', 'application-name']);
  const h1 = text(DomUtils.findOne((el) => el.name === 'h1', story.children, true))
    ?? text(DomUtils.findOne((el) => el.name === 'h1', doc.children, true));
  const pageTitle = text(DomUtils.findOne((el) => el.name === 'title', doc.children, true));
  const fromPageTitle = pageTitle === null ? null : splitTitleSuffix(pageTitle, siteName);
  const title = firstOf(meta, ['og:title', 'twitter:title']) ?? h1 ?? fromPageTitle?.title ?? null;

  const authorMeta = firstOf(meta, ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author']);
  // article:author is often a profile URL rather than a name (ogp.me allows both).
  const byline = authorMeta !== null && canonicalizeUrl(authorMeta) === null ? authorMeta.replace(/^by\s+/i, '') : null;

  const canonical = DomUtils.findOne(
    (el) => el.name === 'link' && (el.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'),
    doc.children,
    true,
  )?.attribs.href;
  const url = canonicalizeUrl(canonical) ?? canonicalizeUrl(firstOf(meta, ['og:url']));

  const timeElement = DomUtils.findOne((el) => el.name === 'time' && el.attribs.datetime !== undefined, doc.children, true);
  const published = normalizeDate(
    firstOf(meta, ['article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date.issued', 'dc.date'])
      ?? timeElement?.attribs.datetime,
  );

  if (story === doc) {
    // No <body> element: keep the <head> (its <title>) out of the text.
    for (const head of DomUtils.getElementsByTagName('head', doc, true)) DomUtils.removeElement(head);
    for (const el of DomUtils.getElementsByTagName('title', doc, true)) DomUtils.removeElement(el);
  }
  const body = htmlToText(DomUtils.getOuterHTML(story === doc ? doc.children : story));
  const article = readPlainArticle(body.split('\n\n'), {
    title,
    byline,
    outlet: siteName ?? fromPageTitle?.site ?? null,
    published,
  });
  if (article.title === null) return importError(ref, 'The page has no title and no article text.');
  return fileDraft({ ...article, title: article.title }, ref, url);
}
