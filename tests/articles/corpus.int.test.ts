import { expect, it } from 'vitest';
import { readArticles } from '../../src/articles/import.js';
import { isImportError, type ImportError } from '../../src/articles/types.js';
import { describeShared, sharedPath } from '../support/shared.js';

describeShared('stored-article import over the corpus JSONL', () => {
  it('streams all 18,596 records of articles.jsonl without an error', async () => {
    let drafts = 0;
    let dated = 0;
    let untitled = 0;
    const errors: ImportError[] = [];
    const ids = new Set<string>();
    for await (const item of readArticles(sharedPath('corpus', 'articles.jsonl'))) {
      if (isImportError(item)) {
        errors.push(item);
        continue;
      }
      drafts++;
      if (item.published !== null) dated++;
      if (item.externalId !== null) ids.add(item.externalId);
      // Counted, not asserted per record: 18,596 expect() calls would dominate the run time.
      if (item.title === '') untitled++;
    }
    expect(errors).toEqual([]);
    expect(drafts).toBe(18_596);
    expect(ids.size).toBe(18_596);
    expect(untitled).toBe(0);
    // corpus/README.md: published is an ISO date or null; 12,608 records carry one.
    expect(dated).toBe(12_608);
  });
});
