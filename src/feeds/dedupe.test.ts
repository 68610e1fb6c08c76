import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../core/article.js';
import { contentHash, feedItemKeys } from './dedupe.js';

const draft = (over: Partial<ArticleDraft> = {}): ArticleDraft => ({
  origin: { kind: 'feed', ref: 'https://example.org/rss' },
  externalId: null, outlet: 'Example', byline: null, title: 'Talks resume', url: 'https://example.org/a/1',
  guid: ' urn:uuid:1 ', published: null, text: 'Delegations met again.', ...over,
});

describe('contentHash', () => {
  it('is sha256 hex', () => {
    expect(contentHash('a', 'b')).toMatch(/^[0-9a-f]{64}$/);
  });
  it('ignores case, spacing and line wrapping', () => {
    expect(contentHash('Talks  Resume', 'Delegations met\n\nagain. ')).toBe(contentHash('talks resume', 'Delegations met again.'));
  });
  it('differs when the words differ', () => {
    expect(contentHash('Talks resume', 'Delegations met again.')).not.toBe(contentHash('Talks resume', 'Delegations met once.'));
  });
  it('keeps the title/text boundary', () => {
    expect(contentHash('ab', 'c')).not.toBe(contentHash('a', 'bc'));
  });
  it('treats compatibility forms alike (NFKC)', () => {
    expect(contentHash('ﬁnal', 'x')).toBe(contentHash('final', 'x'));
  });
});

describe('feedItemKeys', () => {
  it('returns trimmed guid, url and the content hash', () => {
    expect(feedItemKeys(draft())).toEqual({
      guid: 'urn:uuid:1',
      url: 'https://example.org/a/1',
      contentHash: contentHash('Talks resume', 'Delegations met again.'),
    });
  });
  it('maps a blank guid to null', () => {
    expect(feedItemKeys(draft({ guid: '  ' })).guid).toBeNull();
  });
});
