/**
 * Turns a feed's bytes into a string. rss-parser decodes everything as UTF-8, which garbles
 * windows-1252 and ISO-8859 feeds, so the bytes are decoded here first, by (in order): a byte
 * order mark, the Content-Type charset, the XML declaration's `encoding=`, else UTF-8.
 * The BOM wins over the header as in RFC 7303 §3.3 and the WHATWG Encoding standard ("decode").
 */
import { TextDecoder } from 'node:util';

export interface DecodedFeed {
  text: string;
  /** The encoding label used, as TextDecoder names it ("utf-8", "windows-1252"). */
  charset: string;
}

/**
 * Decodes feed bytes using the BOM, the HTTP charset, the XML declaration, else UTF-8.
 * Unknown labels fall through to the next source; bytes invalid in the chosen encoding become U+FFFD.
 *
 * @example
 * decodeFeedBytes(bytes, 'application/rss+xml; charset=windows-1252').charset // 'windows-1252'
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): DecodedFeed {
  const candidates = [bomEncoding(bytes), charsetFromContentType(contentType), declaredEncoding(bytes), 'utf-8'];
  for (const label of candidates) {
    if (!label) continue;
    const decoder = makeDecoder(label);
    if (!decoder) continue;
    if (decoder.encoding === 'windows-1252') return { text: decodeWindows1252(bytes), charset: 'windows-1252' };
    // ignoreBOM: false makes TextDecoder drop a BOM that matches the encoding.
    return { text: decoder.decode(bytes), charset: decoder.encoding };
  }
  // Not reached: 'utf-8' is always a valid label.
  return { text: new TextDecoder().decode(bytes), charset: 'utf-8' };
}

/**
 * The `charset` parameter of a Content-Type header (RFC 9110 §8.3.2), unquoted; null when absent.
 *
 * @example
 * charsetFromContentType('text/xml; charset="ISO-8859-1"') // 'iso-8859-1'
 */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match?.[2]?.toLowerCase() ?? null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  return null;
}

/**
 * The `encoding` pseudo-attribute of the XML declaration (XML 1.0 §4.3.3). It is read from the
 * bytes as ASCII; a declaration that is readable as ASCII but names UTF-16 is wrong about itself,
 * so it is ignored (as the WHATWG standard does for a meta charset naming UTF-16).
 * UTF-16 without a BOM is recognised from the shape of `<?` (XML 1.0 Appendix F.1).
 */
function declaredEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return 'utf-16be';
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return 'utf-16le';
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  const declaration = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  const label = declaration?.[1]?.toLowerCase() ?? null;
  if (label === null || /^(utf-?16|ucs-?2|unicode)/.test(label)) return null;
  return label;
}

// WHATWG index-windows-1252, bytes 0x80-0x9F (the rest equals ISO-8859-1). Decoded by hand because
// Node 20's TextDecoder takes a Latin-1 fast path for this label and returns C1 controls instead
// (0x93 -> U+0093 rather than a left double quote); ISO-8859-1 and ASCII labels map here too.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
}

function makeDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}
