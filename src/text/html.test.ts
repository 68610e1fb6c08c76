import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml, normalizeWhitespace } from './html.js';

describe('htmlToText', () => {
  it.each([
    ['<p>One &amp; two</p><p>Three</p>', 'One & two\n\nThree'],
    ['Line<br>next', 'Line\n\nnext'],
    ['<p>Text<script>alert(1)</script> kept</p>', 'Text kept'],
    ['<figure><img src="x"><figcaption>Photo: Agency</figcaption></figure><p>Body</p>', 'Body'],
    ['<p>  spaced \n  words&nbsp;here </p>', 'spaced words here'],
    ['plain text', 'plain text'],
  ])('%s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('normalizeWhitespace', () => {
  it('keeps paragraphs and joins wrapped lines', () => {
    expect(normalizeWhitespace('a\nb\n\n\n c ')).toBe('a b\n\nc');
    expect(normalizeWhitespace('a\u2003\u2003 \n\u2003b\n \n\tc')).toBe('a b\n\nc');
  });

  it('stays linear on a long run of unusual spaces (hostile feed text)', () => {
    const text = normalizeWhitespace('a' + '\u2003'.repeat(200_000) + 'b');
    expect(text).toBe('a b');
  });
});

describe('looksLikeHtml', () => {
  it('tells markup from prose', () => {
    expect(looksLikeHtml('<p>hi</p>')).toBe(true);
    expect(looksLikeHtml('3 < 4 and 5 > 2')).toBe(false);
  });
});
