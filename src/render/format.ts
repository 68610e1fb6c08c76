/** How numbers and dates read in every rendering (Markdown, Discord, Slack, console). */
import type { Metric } from '../core/analysis.js';
import type { DigestFigure } from '../core/digest.js';

const VAGUE = /\b(dozens|hundreds|thousands|millions|tens|scores)\b/i;

/**
 * @example
 * formatCount(4200000) // '4.2 million'
 * formatCount(934000)  // '934,000'
 */
export function formatCount(value: number): string {
  if (value >= 1_000_000) {
    const millions = value / 1_000_000;
    return `${Number.isInteger(millions) ? millions : millions.toFixed(millions < 10 ? 1 : 0)} million`.replace(/\.0 /, ' ');
  }
  return Math.round(value).toLocaleString('en-US');
}

/** True when the figure is an order of magnitude ("tens of thousands"), not a count. */
export function isVague(f: Pick<DigestFigure, 'qualifier'>): boolean {
  return f.qualifier !== null && VAGUE.test(f.qualifier);
}

/** "more than 4.2 million", or the vague amount as written ("tens of thousands"). */
export function formatFigureValue(f: Pick<DigestFigure, 'value' | 'qualifier'>): string {
  if (isVague(f)) return f.qualifier!;
  return f.qualifier ? `${f.qualifier} ${formatCount(f.value)}` : formatCount(f.value);
}

export const METRIC_LABELS: Readonly<Record<Metric, string>> = {
  killed: 'Killed',
  injured: 'Injured',
  refugees: 'Fled the country',
  displaced: 'Internally displaced',
  missing: 'Missing',
  in_need: 'In need of aid',
};

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

/** "2 Mar 2022", or "date unknown". */
export function formatDate(iso: string | null, unknown = false): string {
  if (!iso || unknown) return 'date unknown';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 'date unknown' : DATE.format(t);
}

export function formatDateTime(iso: string): string {
  return DATE_TIME.format(Date.parse(iso));
}
