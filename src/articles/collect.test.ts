import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectArticleFiles } from './collect.js';

const tree = join(dirname(fileURLToPath(import.meta.url)), 'testdata', 'tree');

describe('collectArticleFiles', () => {
  it('expands a directory recursively in sorted order, skipping dotfiles, READMEs and other extensions', async () => {
    expect(await collectArticleFiles([tree])).toEqual({
      files: [join(tree, 'a.md'), join(tree, 'b.txt'), join(tree, 'sub', 'Z.HTML'), join(tree, 'sub', 'c.jsonl')],
      errors: [],
    });
  });

  it('imports a README when it is named', async () => {
    expect((await collectArticleFiles([join(tree, 'README.md')])).files).toEqual([join(tree, 'README.md')]);
  });

  it('keeps the order of the paths given and lists each file once', async () => {
    const b = join(tree, 'b.txt');
    const { files } = await collectArticleFiles([b, tree, b]);
    expect(files[0]).toBe(b);
    expect(files.filter((f) => f === b)).toHaveLength(1);
    expect(files).toHaveLength(4);
  });

  it('reports missing paths and unsupported files without throwing', async () => {
    const missing = join(tree, 'nope.txt');
    const csv = join(tree, 'skip.csv');
    expect(await collectArticleFiles([missing, csv, join(tree, 'a.md')])).toEqual({
      files: [join(tree, 'a.md')],
      errors: [
        { ref: missing, reason: 'File not found.', code: 'input_missing' },
        { ref: csv, reason: 'Unsupported file type; use .txt, .md, .html, .json or .jsonl.', code: 'input_invalid' },
      ],
    });
  });

  it('walks a symlink loop once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsdigest-collect-'));
    try {
      await writeFile(join(dir, 'one.txt'), 'Text.');
      await symlink(dir, join(dir, 'loop'));
      expect((await collectArticleFiles([dir])).files).toEqual([join(dir, 'one.txt')]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
