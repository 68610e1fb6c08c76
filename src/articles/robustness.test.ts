import { describe, expect, it } from 'vitest';
import { isAppError } from '../core/errors.js';
import type { ArticleFormat } from './formats.js';
import { parseArticleText } from './import.js';

// Seeded generator, so a failure reproduces.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PIECES = [
  'By ', 'Source: ', 'Support ', '!', '\n', '\n\n', '---\n', '# ', '*', '_', '[', '](', ')', '<p>', '</p>',
  '<article>', '<meta property="og:title" content="', '">', '{"title":', '"x"', '}', '[', ']', ',', 'Read more',
  'Media caption,', ' / AP / TASS', 'The court met on Monday.', 'Kremlin Denies Claim', '2022-03-07', 'é', '“', '\u0000',
];

describe('parseArticleText on arbitrary input', () => {
  it.each<ArticleFormat>(['text', 'markdown', 'html', 'json', 'jsonl'])('%s: returns drafts or throws input_invalid, nothing else', (format) => {
    const next = random(format.length * 7919);
    for (let round = 0; round < 300; round++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 30) }, () => PIECES[Math.floor(next() * PIECES.length)] ?? '');
      const content = parts.join('');
      try {
        for (const draft of parseArticleText(content, format, 'fuzz')) {
          expect(draft.title.trim()).not.toBe('');
          expect(draft.text).not.toMatch(/\n{3,}/);
        }
      } catch (error) {
        if (!isAppError(error, 'input_invalid')) throw new Error(`${format} input ${JSON.stringify(content)}: ${String(error)}`, { cause: error });
      }
    }
  });
});
