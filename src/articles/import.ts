/**
 * Stored-article import: files in, `ArticleDraft`s and error entries out, as a stream. JSONL is
 * read line by line (a 23 MB file of 18,596 records never sits in memory whole); other formats
 * hold one article (or a JSON array) and are read whole, up to `MAX_FILE_BYTES`.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { ArticleDraft } from '../core/article.js';
import { AppError } from '../core/errors.js';
import { BINARY_REASON, EMPTY_REASON, decodeArticleBytes, looksBinary } from './decode.js';
import { formatOf, UNSUPPORTED_REASON, type ArticleFormat } from './formats.js';
import { parseHtmlArticle } from './html-article.js';
import { parseMarkdownArticle } from './markdown.js';
import { fileDraft, readPlainArticle, splitParagraphs } from './plain-text.js';
import { parseJsonLine, parseJsonRecords } from './records.js';
import { importError, isImportError, type ImportError, type ImportItem } from './types.js';

// A single article or JSON array above this size is almost certainly not one; JSONL streams instead.
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
// Enough of a JSONL file's head to tell text from binary before streaming it.
const SNIFF_BYTES = 64 * 1024;

function parseTextArticle(content: string, ref: string): ArticleDraft | ImportError {
  const article = readPlainArticle(splitParagraphs(content));
  if (article.title === null) return importError(ref, 'The file holds no article text, only boilerplate.');
  return fileDraft({ ...article, title: article.title }, ref, null);
}

function parseContent(content: string, format: ArticleFormat, ref: string): ImportItem[] {
  if (content.trim() === '') return [importError(ref, EMPTY_REASON)];
  switch (format) {
    case 'text':
      return [parseTextArticle(content, ref)];
    case 'markdown':
      return [parseMarkdownArticle(content, ref)];
    case 'html':
      return [parseHtmlArticle(content, ref)];
    case 'json':
      return parseJsonRecords(content, ref);
    case 'jsonl': {
      const items: ImportItem[] = [];
      content.split('\n').forEach((line, index) => {
        const item = parseJsonLine(line, index + 1, ref);
        if (item !== null) items.push(item);
      });
      return items.length > 0 ? items : [importError(ref, EMPTY_REASON)];
    }
  }
}

/**
 * Parses article content already in memory (tests, stdin). Throws AppError `input_invalid` on the
 * first problem; `readArticles` reports problems as entries instead.
 * @example
 * parseArticleText('By Jane Roe\nBBC News\n\nThe court met.', 'text', 'a.txt')[0]?.outlet // 'BBC News'
 */
export function parseArticleText(content: string, format: ArticleFormat, ref: string): ArticleDraft[] {
  const drafts: ArticleDraft[] = [];
  for (const item of parseContent(content, format, ref)) {
    if (isImportError(item)) {
      throw new AppError('input_invalid', item.reason, { context: { file: item.ref } });
    }
    drafts.push(item);
  }
  return drafts;
}

function isErrnoError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function readFailure(ref: string, error: NodeJS.ErrnoException): ImportError {
  const code = error.code;
  if (code === 'ENOENT') return importError(ref, 'File not found.', 'input_missing');
  if (code === 'EACCES' || code === 'EPERM') return importError(ref, 'The file cannot be read: permission denied.', 'input_unreadable');
  if (code === 'EISDIR') return importError(ref, 'The path is a directory; import the files inside it.', 'input_unreadable');
  return importError(ref, `The file cannot be read (${code ?? 'unknown error'}).`, 'input_unreadable');
}

async function* readJsonLines(path: string): AsyncGenerator<ImportItem> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    if (bytesRead === 0) {
      yield importError(path, EMPTY_REASON);
      return;
    }
    if (looksBinary(head.subarray(0, bytesRead))) {
      yield importError(path, BINARY_REASON);
      return;
    }
  } finally {
    await handle.close();
  }
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let records = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      const item = parseJsonLine(line, lineNumber, path);
      if (item === null) continue;
      records++;
      yield item;
    }
  } finally {
    // Also when the consumer stops early: close the file, not only the line reader.
    lines.close();
    input.destroy();
  }
  if (records === 0) yield importError(path, EMPTY_REASON);
}

/**
 * Streams the drafts of one file, and an error entry for each problem (the file, or one JSONL
 * line as "file:LINE"). Never throws for bad input.
 * @example
 * for await (const item of readArticles('examples/sanctions.md')) {
 *   if (isImportError(item)) console.warn(`${item.ref}: ${item.reason}`);
 *   else console.log(item.title);
 * }
 */
export async function* readArticles(path: string): AsyncGenerator<ImportItem> {
  const format = formatOf(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (format === null) {
      yield importError(path, UNSUPPORTED_REASON);
      return;
    }
    if (format === 'jsonl') {
      yield* readJsonLines(path);
      return;
    }
    if (info.size > MAX_FILE_BYTES) {
      yield importError(path, `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; split it, or use JSONL for many records.`);
      return;
    }
    const decoded = decodeArticleBytes(await readFile(path));
    if ('reason' in decoded) {
      yield importError(path, decoded.reason);
      return;
    }
    yield* parseContent(decoded.text, format, path);
  } catch (error) {
    // File-system errors become entries; anything else is a bug and propagates.
    if (!isErrnoError(error)) throw error;
    yield readFailure(path, error);
  }
}

/**
 * Streams every file in order (see `collectArticleFiles` for expanding directories).
 * @example
 * for await (const item of readArticleFiles(['a.txt', 'b.jsonl'])) console.log(item);
 */
export async function* readArticleFiles(paths: Iterable<string>): AsyncGenerator<ImportItem> {
  for (const path of paths) yield* readArticles(path);
}
