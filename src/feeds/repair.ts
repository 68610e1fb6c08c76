/**
 * Repairs the breakage real feeds carry before a strict XML parser sees them. Each repair is
 * counted, so a feed that needs many can be reported to its publisher. rss-parser (through sax in
 * strict mode) throws on all of these; measured on the shared corpus in tests/feeds/corpus.int.test.ts.
 */

export type RepairKind =
  | 'leading_junk'
  | 'control_chars'
  | 'stray_ampersand'
  | 'missing_channel'
  | 'rss_version'
  | 'atom_date';

export interface RepairedXml {
  xml: string;
  /** Total repairs made: one per fixed character or structure. */
  repairs: number;
  byKind: Record<RepairKind, number>;
}

// XML 1.0 §2.2 Char production: tab, LF, CR and U+0020 upwards, minus surrogates, U+FFFE, U+FFFF.
// C0 controls other than tab/LF/CR; with the `u` flag the surrogate range matches only lone halves.
const ILLEGAL_CHARS = /[^\P{Cc}\t\n\r\u007F-\u009F]|[\uD800-\uDFFF\uFFFE\uFFFF]/gu;
// XML 1.0 §4.1: a reference is `&name;`, `&#digits;` or `&#xhex;`. Any other `&` is stray.
const STRAY_AMPERSAND = /&(?!(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][A-Za-z0-9_.:-]*);)/g;
// Character data and comments may hold a bare `&`; only markup outside them is rewritten.
// rss-parser turns an Atom entry's <published>/<updated> into ISO with `new Date(v).toISOString()`,
// which throws on anything unparseable (even surrounding whitespace) and fails the whole feed.
const ATOM_DATE = /<(published|updated)>([^<]*)<\/\1>/g;
const LITERAL_SECTIONS = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/;

/**
 * Returns the document with common breakage fixed and the number of repairs per kind.
 *
 * @example
 * repairFeedXml('<rss version="2.0"><channel><title>A & B</title></channel></rss>').xml
 * // '<rss version="2.0"><channel><title>A &amp; B</title></channel></rss>'
 */
export function repairFeedXml(input: string): RepairedXml {
  const byKind: Record<RepairKind, number> = {
    leading_junk: 0, control_chars: 0, stray_ampersand: 0, missing_channel: 0, rss_version: 0, atom_date: 0,
  };
  let xml = input;

  // A BOM or whitespace before `<?xml` makes the declaration illegal (XML 1.0 §2.8).
  const start = /^[\uFEFF\s]+(?=<)/.exec(xml);
  if (start) {
    xml = xml.slice(start[0].length);
    if (start[0].includes('\uFEFF') || xml.startsWith('<?xml')) byKind.leading_junk++;
  }

  xml = xml.replace(ILLEGAL_CHARS, () => {
    byKind.control_chars++;
    return '';
  });

  xml = xml
    .split(LITERAL_SECTIONS)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(STRAY_AMPERSAND, () => {
      byKind.stray_ampersand++;
      return '&amp;';
    })))
    .join('');

  const root = rootElement(xml);
  if (root?.name === 'rss' && !/\bversion\s*=/.test(root.tag)) {
    // rss-parser reads an unversioned <rss> as RSS 2.0 with its `defaultRSS: 2` option; counted here.
    byKind.rss_version++;
  }
  if (root && (root.name === 'rss' || root.name === 'rdf:RDF') && !/<channel[\s>/]/.test(xml)) {
    xml = addChannel(xml, root);
    byKind.missing_channel++;
  }

  if (root?.name === 'feed') {
    xml = xml.replace(ATOM_DATE, (whole, name: string, value: string) => {
      if (!Number.isNaN(new Date(value).getTime())) return whole;
      byKind.atom_date++;
      const trimmed = value.trim();
      return Number.isNaN(new Date(trimmed).getTime()) ? `<${name}></${name}>` : `<${name}>${trimmed}</${name}>`;
    });
  }

  const repairs = Object.values(byKind).reduce((sum, n) => sum + n, 0);
  return { xml, repairs, byKind };
}

interface RootTag {
  name: string;
  /** The whole start tag, `<rss version="2.0">`. */
  tag: string;
  /** Offset just after the start tag. */
  end: number;
}

/** The document element's start tag, skipping the declaration, comments, PIs and the DOCTYPE. */
function rootElement(xml: string): RootTag | null {
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/i.exec(xml);
  const offset = prolog?.[0].length ?? 0;
  const tag = /^<([A-Za-z_][\w.:-]*)(?:\s[^>]*|\/)?>/.exec(xml.slice(offset));
  if (!tag?.[1]) return null;
  return { name: tag[1], tag: tag[0], end: offset + tag[0].length };
}

/**
 * rss-parser needs a <channel>: without one it fails on a document feedparser and gofeed read as an
 * empty feed, or as items sitting directly under <rss>. RSS 1.0 keeps items beside the channel
 * (RSS 1.0 §5.3), RSS 0.9x/2.0 inside it.
 */
function addChannel(xml: string, root: RootTag): string {
  if (root.tag.endsWith('/>')) return `${xml.slice(0, root.end - 2)}><channel></channel></${root.name}>${xml.slice(root.end)}`;
  if (root.name !== 'rss') return `${xml.slice(0, root.end)}<channel></channel>${xml.slice(root.end)}`;
  const close = xml.lastIndexOf('</rss');
  if (close < root.end) return `${xml.slice(0, root.end)}<channel></channel>${xml.slice(root.end)}`;
  return `${xml.slice(0, root.end)}<channel>${xml.slice(root.end, close)}</channel>${xml.slice(close)}`;
}
