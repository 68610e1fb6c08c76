/**
 * Expands the paths given to `newsdigest import` into the article files to read: directories
 * recursively, in sorted order, skipping dotfiles, unsupported extensions and the documentation
 * files a folder of articles usually carries (README.md and the like). A missing path is an error
 * entry, so one typo does not stop the rest of the import.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf, UNSUPPORTED_REASON } from './formats.js';
import { importError, type ImportError } from './types.js';

// A folder's own documentation, not articles: skipped inside directories, imported when named.
const FOLDER_DOCS = /^(?:readme|license|licence|changelog|contributing|provenance)(?:\.[a-z]+)?$/i;

/**
 * The supported files under the given paths, each once, and an entry per path that cannot be used.
 * @example
 * const { files, errors } = await collectArticleFiles(['examples', 'missing.txt']);
 * // files: ['examples/icc-investigation.txt', ...]; errors: [{ ref: 'missing.txt', reason: 'File not found.' }]
 */
export async function collectArticleFiles(paths: string[]): Promise<{ files: string[]; errors: ImportError[] }> {
  const files: string[] = [];
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  // Real paths of directories already walked: a symlink loop is walked once.
  const walked = new Set<string>();

  const addFile = async (path: string) => {
    const real = await realpath(path);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(path);
  };

  const walk = async (dir: string) => {
    const real = await realpath(dir);
    if (walked.has(real)) return;
    walked.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    // Code-point order, not locale order, so every machine imports in the same order.
    const names = entries.map((e) => e.name).filter((name) => !name.startsWith('.') && !FOLDER_DOCS.test(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info === null) continue;
      if (info.isDirectory()) await walk(path);
      else if (info.isFile() && formatOf(name) !== null) await addFile(path);
    }
  };

  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path);
      else if (formatOf(path) === null) errors.push(importError(path, UNSUPPORTED_REASON));
      else await addFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') errors.push(importError(path, 'File not found.', 'input_missing'));
      else if (code === 'EACCES' || code === 'EPERM') errors.push(importError(path, 'The path cannot be read: permission denied.', 'input_unreadable'));
      else throw error;
    }
  }
  return { files, errors };
}
