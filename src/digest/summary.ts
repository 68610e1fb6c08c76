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

// Live blogs stamp each entry: "From 8 May 2022 21.48 ...", "23 Jul 2022 22.17 ...", "09.15 BST ...".
// A clock time followed by a capital, so "2.25 million people" is never taken for one.
const ENTRY_STAMP = /^(?:[Ff]rom\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\s+)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*(?:am|pm|AM|PM|BST|GMT|CET|EET|EEST|UTC))?\s+(?=[A-Z])/;

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
    for (const raw of splitSentences(paragraph)) {
      const sentence = raw.trim().replace(ENTRY_STAMP, '');
      if (!usable(sentence)) continue;
      const s = sentence;
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
