/**
 * Fuzz-style robustness: random truncations, byte flips, insertions and splices of the fixtures
 * must either parse into well-formed drafts or fail with AppError('feed_parse'), never anything else.
 * A fixed seed keeps failures reproducible; bump SEED locally to explore further.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../core/errors.js';
import { decodeFeedBytes } from './charset.js';
import { parseFeed } from './parse.js';

const SEED = 20240224;
const ROUNDS_PER_FIXTURE = 150;
const dir = new URL('./testdata/', import.meta.url);
const fixtures = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }));

/** mulberry32: a tiny deterministic PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Bytes that matter to XML and to the decoders: markup, references, quotes, NUL, BOM parts, UTF-8 lead bytes.
const INTERESTING = [0x3c, 0x3e, 0x26, 0x3b, 0x22, 0x27, 0x2f, 0x21, 0x3f, 0x5b, 0x5d, 0x00, 0xef, 0xbb, 0xbf, 0xfe, 0xff, 0xc3, 0xe2, 0x80];

function mutate(bytes: Uint8Array, rand: () => number): Uint8Array {
  const pick = (n: number): number => Math.floor(rand() * n);
  const out = Array.from(bytes);
  const kind = pick(5);
  if (kind === 0) return Uint8Array.from(out.slice(0, pick(out.length)));
  const edits = 1 + pick(8);
  for (let i = 0; i < edits && out.length > 0; i++) {
    const at = pick(out.length);
    if (kind === 1) out[at] = rand() < 0.5 ? pick(256) : (INTERESTING[pick(INTERESTING.length)] ?? 0);
    else if (kind === 2) out.splice(at, 0, ...Array.from({ length: 1 + pick(6) }, () => INTERESTING[pick(INTERESTING.length)] ?? 0));
    else if (kind === 3) out.splice(at, 1 + pick(40));
    else out.splice(at, 0, ...out.slice(pick(out.length), pick(out.length)));
  }
  return Uint8Array.from(out);
}

describe('parseFeed under random mutation', () => {
  it.each(fixtures.map((f) => [f.name, f.bytes] as const))('%s', async (name, bytes) => {
    const rand = random(SEED + name.length * 7919 + (bytes[10] ?? 0));
    const outcomes = { parsed: 0, refused: 0 };
    for (let round = 0; round < ROUNDS_PER_FIXTURE; round++) {
      const mutated = mutate(bytes, rand);
      try {
        const feed = await parseFeed(decodeFeedBytes(mutated).text, { feedUrl: 'https://feeds.example.org/rss' });
        for (const item of feed.items) {
          expect(item.title.length).toBeGreaterThan(0);
          expect(typeof item.text).toBe('string');
          if (item.url !== null) expect(item.url).toMatch(/^https?:\/\//);
          if (item.published !== null) expect(Number.isNaN(Date.parse(item.published))).toBe(false);
        }
        outcomes.parsed++;
      } catch (error) {
        if (!isAppError(error, 'feed_parse')) {
          throw new Error(`round ${round} of ${name} threw a non-feed_parse error`, { cause: error });
        }
        outcomes.refused++;
      }
    }
    expect(outcomes.parsed + outcomes.refused).toBe(ROUNDS_PER_FIXTURE);
  });
});
