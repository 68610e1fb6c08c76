/**
 * What the stored-article importer yields besides drafts: one error entry per bad file, bad JSONL
 * line or bad record. A bad input never stops the others; the CLI prints these entries.
 */
import type { ArticleDraft } from '../core/article.js';
import type { ErrorCode } from '../core/errors.js';

export interface ImportError {
  /** The file as given, "file:LINE" for a JSONL line, or "file[INDEX]" for a JSON array item. */
  ref: string;
  /** One sentence a user can act on. */
  reason: string;
  /** Stable code, for logs and exit statuses. */
  code?: Extract<ErrorCode, 'input_missing' | 'input_unreadable' | 'input_invalid'>;
}

export type ImportItem = ArticleDraft | ImportError;

/**
 * Tells an error entry from a draft in a stream of both.
 * @example
 * for await (const item of readArticles('a.jsonl')) if (isImportError(item)) console.warn(item.reason);
 */
export function isImportError(item: ImportItem): item is ImportError {
  return 'reason' in item && !('origin' in item);
}

/**
 * Builds an error entry.
 * @example
 * importError('notes.txt', 'The file is empty.') // { ref: 'notes.txt', reason: 'The file is empty.', code: 'input_invalid' }
 */
export function importError(ref: string, reason: string, code: ImportError['code'] = 'input_invalid'): ImportError {
  return { ref, reason, code };
}
