/**
 * Extractive summaries: the first one or two sentences of reporting from a story's best article.
 * Sentences that are boilerplate, bare quotes, or too short to say anything are skipped.
 */
import { splitSentences } from '../analysis/sentences.js';
import { isBoilerplate } from '../text/boilerplate.js';

export const SUMMARY_MAX_CHARS = 320;
const MIN_SENTENCE_CHARS = 40;

function usable(sentence: string): boolean {
  const s = sentence.trim();
  if (s.length < MIN_SENTENCE_CHARS) return false;
  if (isBoilerplate(s)) return false;
  // A sentence that is only a quotation says little without its speaker.
  if (/^["“‘'].*["”’']$/.test(s)) return false;
  // Datelines and bylines that survived as sentences.
  if (/^(by|photo|image|video|watch|listen|read|click)\b[:,]?/i.test(s)) return false;
  return /[.!?]["”’)]?$/.test(s);
}

/**
 * @example
 * summarize('Short.\n\nThe court opened an inquiry on Wednesday into alleged war crimes. It will gather evidence.')
 * // 'The court opened an inquiry on Wednesday into alleged war crimes. It will gather evidence.'
 */
export function summarize(text: string, maxChars = SUMMARY_MAX_CHARS): string {
  const picked: string[] = [];
  let length = 0;
  for (const paragraph of text.split(/\n{2,}|\n/)) {
    if (isBoilerplate(paragraph.trim())) continue;
    for (const sentence of splitSentences(paragraph)) {
      if (!usable(sentence)) continue;
      const s = sentence.trim();
      if (picked.length > 0 && length + 1 + s.length > maxChars) return picked.join(' ');
      if (picked.length === 0 && s.length > maxChars) return truncateAtWord(s, maxChars);
      picked.push(s);
      length += s.length + (picked.length > 1 ? 1 : 0);
      if (picked.length === 2) return picked.join(' ');
    }
  }
  if (picked.length > 0) return picked.join(' ');
  return truncateAtWord(text.replace(/\s+/g, ' ').trim(), maxChars);
}

export function truncateAtWord(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return (space > maxChars * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '') + '…';
}
