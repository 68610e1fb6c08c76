import { describe, expect, it } from 'vitest';
import type { Metric } from '../core/analysis.js';
import type { DigestFigure } from '../core/digest.js';
import { buildFiguresSvg, renderFiguresChart } from './chart.js';

/** A figure row with only what the chart reads filled in meaningfully. */
function figure(metric: Metric, source: string | null, asOf: string, value: number, population: string | null = null): DigestFigure {
  return {
    metric,
    population,
    value,
    qualifier: null,
    source,
    caveat: null,
    asOf,
    asOfUnknown: false,
    articleId: `a-${metric}-${asOf}`,
    sentence: 'A sentence the figure came from.',
    latest: false,
    previousValue: null,
  };
}

const TWO_BY_TWO: DigestFigure[] = [
  figure('refugees', 'UNHCR', '2022-03-01T09:00:00Z', 677_000),
  figure('refugees', 'UNHCR', '2022-03-20T09:00:00Z', 3_400_000),
  figure('refugees', 'UNHCR', '2022-04-05T09:00:00Z', 4_200_000),
  figure('refugees', 'IOM', '2022-03-10T12:00:00Z', 2_500_000),
  figure('refugees', 'IOM', '2022-04-01T12:00:00Z', 4_000_000),
  figure('killed', 'OHCHR', '2022-03-02T08:00:00Z', 136_000, 'civilians'),
  figure('killed', 'OHCHR', '2022-03-28T08:00:00Z', 934_000, 'civilians'),
  figure('killed', 'IOM', '2022-03-15T08:00:00Z', 500_000, 'civilians'),
];
const SINGLE_POINT = [figure('displaced', 'IOM', '2022-03-20T10:00:00Z', 6_480_000)];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which the PNG spec puts first, right after the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The text nodes of an SVG, unescaped, in document order. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

describe('renderFiguresChart', () => {
  it('returns null when there is nothing to draw', async () => {
    expect(await renderFiguresChart([])).toBeNull();
    expect(await buildFiguresSvg([])).toBeNull();
    // No usable date: nothing can be placed on the time axis.
    expect(await renderFiguresChart([figure('killed', 'UN', 'not a date', 10)])).toBeNull();
    // Undated: its asOf is the import time, not when the count was true.
    expect(await renderFiguresChart([{ ...figure('killed', 'UN', '2026-11-22T08:00:00.000Z', 10), asOfUnknown: true }])).toBeNull();
  });

  it.each([
    { name: 'two panels, default size', figures: TWO_BY_TWO, options: {}, width: 800, height: 400 },
    { name: 'requested size', figures: TWO_BY_TWO, options: { width: 640, height: 480 }, width: 640, height: 480 },
    { name: 'single point', figures: SINGLE_POINT, options: { width: 500, height: 300 }, width: 500, height: 300 },
    {
      name: 'four panels grow to two rows by default',
      figures: [...TWO_BY_TWO, ...SINGLE_POINT, figure('injured', 'UN', '2022-03-05T00:00:00Z', 1_500)],
      options: { title: 'Humanitarian figures' },
      width: 800,
      height: 800,
    },
  ])('draws a PNG of the right size: $name', async ({ figures, options, width, height }) => {
    const png = await renderFiguresChart(figures, options);
    expect(png).not.toBeNull();
    expect([...png!.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png!)).toEqual({ width, height });
  });

  it('draws more for two metrics and two sources than for a single point', async () => {
    const rich = await renderFiguresChart(TWO_BY_TWO);
    const single = await renderFiguresChart(SINGLE_POINT);
    expect(rich).not.toBeNull();
    expect(single).not.toBeNull();
    expect(Buffer.from(rich!).equals(Buffer.from(single!))).toBe(false);
    expect(rich!.length).toBeGreaterThan(single!.length);
  });
});

describe('buildFiguresSvg', () => {
  it('labels panels by metric and population, in metric order, with every source in the legend', async () => {
    const texts = svgTexts((await buildFiguresSvg(TWO_BY_TWO, { title: 'War in Ukraine: figures' }))!);
    expect(texts).toEqual(expect.arrayContaining(['War in Ukraine: figures', 'Killed: civilians', 'Refugees (fled abroad)', 'UNHCR', 'IOM', 'OHCHR', 'Source', '2022']));
    expect(texts.indexOf('Killed: civilians')).toBeLessThan(texts.indexOf('Refugees (fled abroad)'));
  });

  it('formats axis values as "4M" and "800K", never as SI "k"', async () => {
    const texts = svgTexts((await buildFiguresSvg(TWO_BY_TWO))!);
    expect(texts).toEqual(expect.arrayContaining(['4M', '800K', '0']));
    expect(texts.some((t) => /^\d+(\.\d+)?k$/.test(t))).toBe(false);
  });

  it('gives each metric its own y scale', async () => {
    const texts = svgTexts((await buildFiguresSvg([figure('killed', 'UN', '2022-03-01T00:00:00Z', 40), figure('refugees', 'UN', '2022-03-01T00:00:00Z', 2_000_000)]))!);
    // Small counts keep whole-number ticks; the millions panel has its own ticks.
    expect(texts).toEqual(expect.arrayContaining(['40', '2M']));
    expect(texts.some((t) => /^\d+\.\d+$/.test(t))).toBe(false);
  });

  it('truncates long source names to 40 characters and names a missing source', async () => {
    const long = 'Ministry of Internal Affairs of a very long named government department';
    const texts = svgTexts((await buildFiguresSvg([figure('killed', long, '2022-03-01T00:00:00Z', 12), figure('killed', null, '2022-03-03T00:00:00Z', 14)]))!);
    const shown = texts.find((t) => t.startsWith('Ministry of Internal'));
    // 39 characters and an ellipsis, without a dangling space before it.
    expect(shown).toBe(`${long.slice(0, 39).trimEnd()}…`);
    expect(shown!.length).toBeLessThanOrEqual(40);
    expect(texts).toContain('Source not stated');
    expect(texts).not.toContain(long);
  });

  it('cuts a long population in a panel title the same way', async () => {
    const population = 'people living in areas beyond government control along the front line';
    const texts = svgTexts((await buildFiguresSvg([figure('in_need', 'OCHA', '2022-03-01T00:00:00Z', 12_000_000, population)]))!);
    expect(texts).toContain(`In need of aid: ${population.slice(0, 39).trimEnd()}…`);
  });

  it('escapes markup in source names', async () => {
    const svg = (await buildFiguresSvg([figure('killed', 'A & B <b>news</b>', '2022-03-01T00:00:00Z', 12)]))!;
    expect(svg).not.toContain('<b>');
    expect(svgTexts(svg)).toContain('A & B <b>news</b>');
  });

  it('is deterministic and draws a repeated figure once', async () => {
    const first = await buildFiguresSvg(TWO_BY_TWO);
    expect(await buildFiguresSvg(TWO_BY_TWO)).toBe(first);
    // The same source's figure reported by several articles on one day is one point.
    const repeated = TWO_BY_TWO.map((f) => ({ ...f, articleId: `${f.articleId}-copy`, asOf: f.asOf.replace(/T\d\d/, 'T23') }));
    expect(await buildFiguresSvg([...TWO_BY_TWO, ...repeated])).toBe(first);
  });

  it('sets the root element to the requested size', async () => {
    const svg = (await buildFiguresSvg(TWO_BY_TWO, { width: 1000, height: 500 }))!;
    const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    expect(root).toContain('width="1000"');
    expect(root).toContain('height="500"');
    expect(root).toContain('viewBox=');
  });
});

describe('renderFiguresChart with many sources', () => {
  it('draws the ten most reported sources only', async () => {
    const many = Array.from({ length: 30 }, (_, i) => figure('killed', `Source ${String(i).padStart(2, '0')}`, '2022-03-01T00:00:00.000Z', 100 + i));
    const extra = figure('killed', 'Source 29', '2022-03-05T00:00:00.000Z', 200);
    const svg = await buildFiguresSvg([...many, extra]);
    expect(svg).toContain('Source 29');
    expect(svg).toContain('Source 00');
    expect(svg).not.toContain('Source 20');
  });
});
