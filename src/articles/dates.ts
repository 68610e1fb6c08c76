/**
 * Published dates from any source normalized to ISO 8601, or null. A date is never invented: a
 * value that cannot be read exactly (no year, no day, a time without a zone in free text) is null,
 * and the store then places the article at its import time ("date unknown").
 */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

// Dates outside this range are typos or placeholders ("0001-01-01"), not publication dates.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const ISO_DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// RFC 822/2822 dates as feeds and e-mail carry them: "Wed, 02 Mar 2022 10:00:00 GMT".
const RFC_2822 = /^(?:[a-z]{3},?\s+)?\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:gmt|ut|utc|z|[+-]\d{4}|[ecmp][sd]t)$/i;
// "March 2, 2022", "Wednesday, Mar. 2, 2022"
const MONTH_DAY_YEAR = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
// "2 March 2022", "Wednesday 2 March 2022"
const DAY_MONTH_YEAR = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;

/**
 * ISO 8601 for a published value: "YYYY-MM-DD" for a date, "YYYY-MM-DDTHH:MM:SSZ" (UTC) for a
 * date-time; null when the value is missing or cannot be read exactly.
 * @example
 * normalizeDate('2022/03/02') // '2022-03-02'
 * normalizeDate('Wed, 02 Mar 2022 10:00:00 +0200') // '2022-03-02T08:00:00Z'
 * normalizeDate('last Tuesday') // null
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return fromTimestamp(value.getTime());
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;

  const date = ISO_DATE.exec(text);
  if (date) return calendarDate(Number(date[1]), Number(date[2]), Number(date[3]));

  const dateTime = ISO_DATE_TIME.exec(text);
  if (dateTime) {
    const [, day = '', time = '', zone] = dateTime;
    if (calendarDate(...splitDate(day)) === null) return null;
    // ISO 8601 without a zone is local time of an unknown place; UTC is the least wrong reading,
    // and a few hours never moves an article out of the day it belongs to in a daily digest.
    const offset = zone === undefined ? 'Z' : zone.toUpperCase() === 'Z' ? 'Z' : withColon(zone);
    return fromTimestamp(Date.parse(`${day}T${padSeconds(time)}${offset}`));
  }

  if (RFC_2822.test(text)) return fromTimestamp(Date.parse(text));

  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return textualDate(mdy[3], mdy[1], mdy[2]);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return textualDate(dmy[3], dmy[2], dmy[1]);
  return null;
}

function splitDate(day: string): [number, number, number] {
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  return [y, m, d];
}

function padSeconds(time: string): string {
  return time.length === 5 ? `${time}:00` : time;
}

function withColon(zone: string): string {
  if (zone.length === 3) return `${zone}:00`;
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function textualDate(year: string | undefined, month: string | undefined, day: string | undefined): string | null {
  // A month is its full name or an abbreviation of at least three letters ("Mar", "Sept").
  const word = (month ?? '').toLowerCase();
  const index = word.length >= 3 ? MONTHS.findIndex((name) => name.startsWith(word)) : -1;
  if (index < 0) return null;
  return calendarDate(Number(year), index + 1, Number(day));
}

function calendarDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls "2022-02-30" over to March: a date that does not round-trip does not exist.
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromEpoch(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  // Unix seconds for dates from 2001 on are 10 digits; milliseconds are 13. Anything else
  // (a bare year such as 2022) is not a timestamp.
  if (value >= 1e9 && value < 1e11) return fromTimestamp(value * 1000);
  if (value >= 1e12 && value < 1e14) return fromTimestamp(value);
  return null;
}

function fromTimestamp(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return date.toISOString().replace(/\.000Z$/, 'Z');
}
