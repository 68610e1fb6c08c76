import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../src/core/article.js';
import { collectArticleFiles } from '../../src/articles/collect.js';
import { readArticleFiles } from '../../src/articles/import.js';
import { isImportError, type ImportError } from '../../src/articles/types.js';

const examples = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'examples');

async function importExamples(): Promise<{ drafts: ArticleDraft[]; errors: ImportError[] }> {
  const { files, errors } = await collectArticleFiles([examples]);
  const drafts: ArticleDraft[] = [];
  for await (const item of readArticleFiles(files)) {
    if (isImportError(item)) errors.push(item);
    else drafts.push(item);
  }
  return { drafts, errors };
}

describe('examples/', () => {
  it('imports cleanly in several formats, README excluded', async () => {
    const { drafts, errors } = await importExamples();
    expect(errors).toEqual([]);
    expect(drafts.length).toBeGreaterThanOrEqual(5);
    expect(drafts.length).toBeLessThanOrEqual(7);
    const extensions = new Set(drafts.map((d) => d.origin.ref.split('.').pop()));
    expect([...extensions].sort()).toEqual(['html', 'jsonl', 'md', 'txt']);
    for (const draft of drafts) {
      expect(draft.outlet).not.toBeNull();
      expect(draft.text.length).toBeGreaterThan(100);
      expect(draft.published).toMatch(/^2022-0[34]-0\d/);
    }
  });

  it('covers legal action, sanctions and humanitarian figures', async () => {
    const text = (await importExamples()).drafts.map((d) => `${d.title}\n${d.text}`).join('\n');
    expect(text).toMatch(/International Criminal Court/);
    expect(text).toMatch(/International Court of Justice/);
    expect(text).toMatch(/assets .*frozen|freezes assets/i);
    expect(text).toMatch(/More than 1 million people have fled Ukraine/);
    expect(text).toMatch(/At least 406 civilians have been killed.*true toll is likely/);
    expect(text).toMatch(/not been independently verified/);
  });

  it('tells one story through two outlets on the same day', async () => {
    const icj = (await importExamples()).drafts.filter((d) => /Genocide Convention/.test(d.text));
    expect(icj).toHaveLength(2);
    expect(new Set(icj.map((d) => d.outlet)).size).toBe(2);
    expect(new Set(icj.map((d) => d.published?.slice(0, 10)))).toEqual(new Set(['2022-03-07']));
    expect(icj[0]?.text).not.toBe(icj[1]?.text);
  });
});
