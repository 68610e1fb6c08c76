/** Stored-article import: the API the import pipeline and the `analyze` command use. */
export { collectArticleFiles } from './collect.js';
export { MAX_FILE_BYTES, parseArticleText, readArticleFiles, readArticles } from './import.js';
export { formatOf, SUPPORTED_EXTENSIONS, type ArticleFormat } from './formats.js';
export { importError, isImportError, type ImportError, type ImportItem } from './types.js';
export { normalizeDate } from './dates.js';
