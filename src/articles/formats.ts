/** The stored-article formats and the file extensions that select them. */
import { extname } from 'node:path';

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

const BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** The sentence shown for a file whose extension is not one of `SUPPORTED_EXTENSIONS`. */
export const UNSUPPORTED_REASON = 'Unsupported file type; use .txt, .md, .html, .json or .jsonl.';

/**
 * The format a file's extension selects (case-insensitive), or null when unsupported.
 * @example
 * formatOf('news/2022-03-07.HTML') // 'html'
 * formatOf('photo.jpg') // null
 */
export function formatOf(path: string): ArticleFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}
