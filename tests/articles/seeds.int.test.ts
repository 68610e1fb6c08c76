import { readdir } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { ArticleDraft } from '../../src/core/article.js';
import { readArticles } from '../../src/articles/import.js';
import { isImportError } from '../../src/articles/types.js';
import { describeShared, sharedPath } from '../support/shared.js';

async function seed(prefix: string): Promise<ArticleDraft> {
  const name = (await readdir(sharedPath('seeds'))).find((n) => n.startsWith(prefix));
  if (name === undefined) throw new Error(`seed ${prefix} not found`);
  const items = [];
  for await (const item of readArticles(sharedPath('seeds', name))) items.push(item);
  expect(items).toHaveLength(1);
  const [draft] = items;
  if (draft === undefined || isImportError(draft)) throw new Error(`seed ${name}: ${JSON.stringify(draft)}`);
  return draft;
}

describeShared('stored-article import over the seed articles', () => {
  it('000: byline, outlet line, no captions or related-coverage lines', async () => {
    const draft = await seed('000_');
    expect(draft.byline).toBe('Adam Durbin');
    expect(draft.outlet).toBe('BBC News');
    // No headline line: the title is the lead sentence, without its final period.
    expect(draft.title).toMatch(/^Boris Johnson has accused .* in Ukraine$/);
    for (const unwanted of ['Media caption,', 'Watch:', 'Watch MPs in UK Parliament', 'Russia attacks Ukraine: More coverage', 'By Adam Durbin', 'BBC News']) {
      expect(draft.text).not.toContain(unwanted);
    }
    expect(draft.text.startsWith('Boris Johnson has accused')).toBe(true);
    expect(draft.text).toContain('35 nations abstained');
  });

  it('001: no outlet, title from the first sentence', async () => {
    const draft = await seed('001_');
    expect(draft.outlet).toBeNull();
    expect(draft.byline).toBeNull();
    expect(draft.title).toMatch(/^A war crimes investigation has begun /);
    expect(draft.title.length).toBeLessThanOrEqual(121);
    expect(draft.text.split('\n\n')).toHaveLength(15);
  });

  it('002: outlet from the Source line, which leaves the text', async () => {
    const draft = await seed('002_');
    expect(draft.outlet).toBe('Anadolu Agency');
    expect(draft.text).not.toContain('Source:');
    expect(draft.text).toContain('4.2 million');
  });

  it('003: outlet from the appeal, headline as title, credits and boilerplate gone', async () => {
    const draft = await seed('003_');
    expect(draft.outlet).toBe('The Moscow Times');
    expect(draft.title).toBe('Kremlin ‘Categorically Denies’ Ukraine War Crimes Claim in Int\'l Court');
    for (const unwanted of ['Support The Moscow Times!', 'Emilio Morenatti / AP / TASS', 'A woman reacts', 'AFP contributed reporting.', 'Read more', 'Categorically Denies’ Ukraine']) {
      expect(draft.text).not.toContain(unwanted);
    }
    expect(draft.text).toContain('660,000');
  });

  it('all four carry no date', async () => {
    for (const prefix of ['000_', '001_', '002_', '003_']) expect((await seed(prefix)).published).toBeNull();
  });
});
