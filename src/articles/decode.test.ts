import { describe, expect, it } from 'vitest';
import { BINARY_REASON, EMPTY_REASON, decodeArticleBytes, looksBinary } from './decode.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticleBytes', () => {
  it.each<[string, Uint8Array, { text: string } | { reason: string }]>([
    ['UTF-8', utf8('Caf\u00e9 “quotes”'), { text: 'Caf\u00e9 “quotes”' }],
    ['UTF-8 with a byte-order mark', bytes(0xef, 0xbb, 0xbf, 0x41), { text: 'A' }],
    ['UTF-16LE with a byte-order mark', bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00), { text: 'AB' }],
    ['UTF-16BE with a byte-order mark', bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0x42), { text: 'AB' }],
    ['windows-1252 text', bytes(0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9), { text: '“Hi” café' }],
    ['mostly valid UTF-8 keeps its replacement mark', new Uint8Array([...utf8('café '), 0xff]), { text: 'café \ufffd' }],
    ['empty', bytes(), { reason: EMPTY_REASON }],
    ['only whitespace', utf8(' \n\t\n'), { reason: EMPTY_REASON }],
    ['NUL bytes', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), { reason: BINARY_REASON }],
    ['control characters', bytes(...Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x41))), { reason: BINARY_REASON }],
    ['mostly invalid UTF-8', bytes(0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0xfd, 0x41), { reason: BINARY_REASON }],
  ])('%s', (_, input, expected) => {
    expect(decodeArticleBytes(input)).toEqual(expected);
  });
});

describe('looksBinary', () => {
  it('tells a binary head from a text head', () => {
    expect(looksBinary(bytes(0x7b, 0x00, 0x7d))).toBe(true);
    expect(looksBinary(utf8('{"title":"A"}\n'))).toBe(false);
  });
});
