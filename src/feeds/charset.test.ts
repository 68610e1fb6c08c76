import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeFeedBytes } from './charset.js';

const latin = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const decl = (encoding: string): string => `<?xml version="1.0" encoding="${encoding}"?><rss/>`;

describe('decodeFeedBytes', () => {
  it.each([
    ['no hints: UTF-8', new TextEncoder().encode('<rss>é</rss>'), null, 'utf-8', '<rss>é</rss>'],
    ['declaration windows-1252, curly quotes and euro', latin(`${decl('windows-1252')}\x93\x80\x94`), null, 'windows-1252', `${decl('windows-1252')}\u201c\u20ac\u201d`],
    ['declaration iso-8859-1 read as windows-1252 (WHATWG)', latin(`${decl('ISO-8859-1')}\xe9`), null, 'windows-1252', `${decl('ISO-8859-1')}é`],
    ['header beats declaration', latin(`${decl('utf-8')}\xe9`), 'text/xml; charset=iso-8859-1', 'windows-1252', `${decl('utf-8')}é`],
    ['quoted header charset', latin(`<rss>\xc1</rss>`), 'application/rss+xml; charset="koi8-r"', 'koi8-r', '<rss>а</rss>'],
    ['unknown header label falls to declaration', latin(`${decl('windows-1251')}\xe0`), 'text/xml; charset=bogus', 'windows-1251', `${decl('windows-1251')}а`],
    ['UTF-8 BOM beats header', Uint8Array.from([0xef, 0xbb, 0xbf, 0x3c, 0xc3, 0xa9]), 'text/xml; charset=windows-1252', 'utf-8', '<é'],
    ['UTF-16LE BOM', Uint8Array.from([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00]), null, 'utf-16le', '<a'],
    ['UTF-16BE without BOM', Uint8Array.from([0x00, 0x3c, 0x00, 0x3f, 0x00, 0x78]), null, 'utf-16be', '<?x'],
    ['declaration naming UTF-16 on ASCII bytes is ignored', latin(`${decl('utf-16')}x`), null, 'utf-8', `${decl('utf-16')}x`],
  ])('%s', (_name, bytes, contentType, charset, text) => {
    const decoded = decodeFeedBytes(bytes, contentType);
    expect(decoded.charset).toBe(charset);
    expect(decoded.text).toBe(text);
  });

  it('replaces invalid UTF-8 instead of throwing', () => {
    expect(decodeFeedBytes(Uint8Array.from([0x3c, 0xff, 0x3e])).text).toBe('<\ufffd>');
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/xml; charset=UTF-8', 'utf-8'],
    ['application/rss+xml;charset="Windows-1251"', 'windows-1251'],
    ['application/atom+xml', null],
    [null, null],
  ])('%s -> %s', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });
});
