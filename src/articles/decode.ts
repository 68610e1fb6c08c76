/**
 * Bytes of a stored-article file to text, or the reason they are not text. Articles are expected
 * in UTF-8; UTF-16 with a byte-order mark and 8-bit Western text (windows-1252) are read too.
 */

/** Git's binary test looks for a NUL in the first 8,000 bytes (xdiff `buffer_is_binary`). */
const NUL_WINDOW = 8000;
// Random or compressed bytes decode to ~10% C0 control characters; text has almost none.
const MAX_CONTROL_SHARE = 0.05;
// "Invalid UTF-8 in most of it": above this share of replacement characters the file is not text.
const MAX_INVALID_SHARE = 0.5;

export type Decoded = { text: string } | { reason: string };

export const EMPTY_REASON = 'The file is empty.';
export const BINARY_REASON = 'The file is binary, not text; import .txt, .md, .html, .json or .jsonl files.';

/**
 * Decodes a file's bytes, refusing empty and binary content.
 * @example
 * decodeArticleBytes(new TextEncoder().encode('Title\n\nBody.')) // { text: 'Title\n\nBody.' }
 * decodeArticleBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])) // { reason: BINARY_REASON }
 */
export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  const text = decodeBytes(bytes);
  if (text === null) return { reason: BINARY_REASON };
  if (text.trim() === '') return { reason: EMPTY_REASON };
  return { text };
}

/**
 * True when a sample of bytes (the head of a file) is binary by the same rules.
 * @example
 * looksBinary(new Uint8Array([0x7b, 0x00, 0x7d])) // true
 */
export function looksBinary(sample: Uint8Array): boolean {
  return decodeBytes(sample) === null;
}

function decodeBytes(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, NUL_WINDOW).includes(0)) return null;

  // TextDecoder drops a UTF-8 byte-order mark by default.
  const text = new TextDecoder('utf-8').decode(bytes);
  let controls = 0;
  let invalid = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++;
    else if (code === 0xfffd) invalid++;
    if (code > 0x7f) nonAscii++;
  }
  if (text.length === 0) return text;
  if (controls / text.length > MAX_CONTROL_SHARE || invalid / text.length > MAX_INVALID_SHARE) return null;
  // Invalid bytes and no valid multi-byte character at all: an 8-bit file, most likely Western
  // (windows-1252 maps every byte). A mostly valid UTF-8 file keeps its few replacement marks.
  if (invalid > 0 && invalid === nonAscii) return decodeWindows1252(bytes);
  return text;
}

// windows-1252 bytes 0x80-0x9F (WHATWG Encoding, index-windows-1252); the rest equals Latin-1.
// Node's TextDecoder('windows-1252') decodes these as C1 controls (nodejs/node#56542).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return out;
}
