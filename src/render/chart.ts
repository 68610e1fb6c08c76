/**
 * Humanitarian figures as a PNG line chart: one small-multiple panel per metric (and population),
 * one coloured line with points per source, x = the figure's as-of date. Sources sit side by side
 * and are never averaged (DESIGN.md, "Humanitarian figures").
 *
 * Pipeline (DESIGN.md, "Charts"): vega-lite spec -> `compile` -> vega `View` (renderer 'none')
 * -> `toSVG()` -> `@resvg/resvg-js` -> PNG. vega, vega-lite and resvg are imported on first use so
 * commands that never draw a chart do not pay for loading them.
 */
import { existsSync } from 'node:fs';
import type { TopLevelSpec } from 'vega-lite';
import type { Metric } from '../core/analysis.js';
import type { DigestFigure } from '../core/digest.js';

export interface FiguresChartOptions {
  /** PNG width in pixels; default 800. */
  width?: number;
  /** PNG height in pixels; default 400 per row of two panels. */
  height?: number;
  /** Title drawn above the panels; none by default. */
  title?: string;
}

const FONT_FAMILY = 'DejaVu Sans';
/** Debian `fonts-dejavu-core` (installed by .ci/run); loaded explicitly in case fontconfig misses it. */
const DEJAVU_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `/usr/share/fonts/truetype/dejavu/${f}`);
/** Source names come from feeds and can be whole sentences; 40 chars keeps the legend readable. */
const MAX_SOURCE_CHARS = 40;
const MAX_SOURCES = 10;
const UNKNOWN_SOURCE = 'Source not stated';
const DEFAULT_WIDTH = 800;
const ROW_HEIGHT = 400;
const COLUMNS = 2;
const LEGEND_FONT_SIZE = 12;
const DAY_MS = 86_400_000;
/** Vega's legend row at 12 px labels: symbol height plus row padding. */
const LEGEND_ROW_HEIGHT = 17;
const MIN_LEGEND_LABEL = 60;
/** Below this a panel has no room for its axis labels; the canvas is then scaled down instead. */
const MIN_PANEL = 60;
/** Caps a mistaken size option: 4000 x 4000 RGBA is already a 64 MB bitmap while rendering. */
const MAX_SIDE = 4000;

/**
 * Advance widths of printable ASCII (32-126) in DejaVu Sans, in 1/1000 em, read from the font's
 * hmtx table. Vega measures text with a canvas, which Node lacks; its fallback guesses 0.8 em a
 * character, about a third too wide, and truncates legend labels that would fit. This table keeps
 * vega's layout in step with what resvg draws. Bold runs about 10% wider in DejaVu Sans Bold.
 */
const GLYPH_WIDTHS = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
  603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
  634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
/** Outside ASCII (Cyrillic names, the ellipsis) a glyph is taken as about one wide letter. */
const OTHER_GLYPH_WIDTH = 650;

/** Width in pixels of `text` as DejaVu Sans draws it at `fontSize`. */
function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) units += GLYPH_WIDTHS[(char.codePointAt(0) ?? 0) - 32] ?? OTHER_GLYPH_WIDTH;
  return (units / 1000) * fontSize * (bold ? 1.1 : 1);
}

/** Vega's text measure hook; text longer than the item's limit is truncated to it by vega. */
function measureItem(item: { fontSize?: number | string; fontWeight?: number | string; limit?: number }, text: unknown): number {
  const weight = item.fontWeight;
  const bold = weight === 'bold' || (typeof weight === 'number' && weight >= 600);
  const width = textWidth(String(text ?? '').trim(), item.fontSize == null ? 11 : Number(item.fontSize) || 0, bold);
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
}

const METRIC_TITLES: Record<Metric, string> = {
  killed: 'Killed',
  injured: 'Injured',
  refugees: 'Refugees (fled abroad)',
  displaced: 'Internally displaced',
  missing: 'Missing',
  in_need: 'In need of aid',
};
const METRIC_ORDER: readonly Metric[] = ['killed', 'injured', 'missing', 'refugees', 'displaced', 'in_need'];

interface ChartRow {
  panel: string;
  source: string;
  /** Epoch milliseconds of `asOf`, so vega never parses date strings in the local time zone. */
  date: number;
  value: number;
}

interface Layout {
  panels: string[];
  rows: ChartRow[];
  /** Final canvas size in pixels, and panels per row. */
  width: number;
  height: number;
  columns: number;
  /** Shared time axis: every panel covers the same dates, so panels can be compared. */
  domain: [number, number];
  dateFormat: string;
  /** "2022" or "2022–2023" under the axis when labels show day and month only. */
  yearTitle: string | null;
  legend: { entries: number; columns: number; labelLimit: number };
}

/** Panel title: the metric, with the population when the text named one ("Killed: children"). */
function panelTitle(figure: DigestFigure): string {
  const metric = METRIC_TITLES[figure.metric] ?? figure.metric;
  const population = shortText(figure.population);
  return population ? `${metric}: ${population}` : metric;
}

/** Feed text on one line, cut to 40 characters with an ellipsis. */
function shortText(text: string | null): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  return line.length > MAX_SOURCE_CHARS ? `${line.slice(0, MAX_SOURCE_CHARS - 1).trimEnd()}…` : line;
}

/** Code-point order: the same on every machine, unlike `localeCompare`, so the SVG is reproducible. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clampSide(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(MAX_SIDE, Math.max(1, Math.round(value)));
}

/** Pads the date range so end points are not drawn on the frame, and widens a single date to a week. */
function timeAxis(rows: readonly ChartRow[]): Pick<Layout, 'domain' | 'dateFormat' | 'yearTitle'> {
  const dates = rows.map((r) => r.date);
  const first = Math.min(...dates);
  const last = Math.max(...dates);
  const pad = last - first < 2 * DAY_MS ? 3 * DAY_MS : (last - first) * 0.05;
  const long = last - first > 370 * DAY_MS;
  const years = [new Date(first).getUTCFullYear(), new Date(last).getUTCFullYear()];
  return {
    domain: [first - pad, last + pad],
    dateFormat: long ? '%b %Y' : '%-d %b',
    yearTitle: long ? null : years[0] === years[1] ? `${years[0]}` : `${years[0]}–${years[1]}`,
  };
}

/** Figures to chart rows: one per panel, source, day and value; unusable rows are left out. */
function layout(figures: readonly DigestFigure[], options: FiguresChartOptions): Layout | null {
  const seen = new Set<string>();
  const rows: ChartRow[] = [];
  for (const figure of figures) {
    const time = Date.parse(figure.asOf);
    // A missing value is never drawn as zero, and a point needs a date to sit on: an undated
    // figure's asOf is only its import time, which would draw it years after the event.
    if (figure.asOfUnknown || !Number.isFinite(time) || !Number.isFinite(figure.value)) continue;
    // Figures are "as of" a day; the hour of publication would only shift points off the ticks.
    const date = time - (((time % DAY_MS) + DAY_MS) % DAY_MS);
    const row: ChartRow = { panel: panelTitle(figure), source: shortText(figure.source) || UNKNOWN_SOURCE, date, value: figure.value };
    // Several articles often repeat one source's figure; one point is enough.
    const key = JSON.stringify([row.panel, row.source, row.date, row.value]);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
  }
  if (rows.length === 0) return null;
  const shown = mostReportedSources(rows);
  rows.splice(0, rows.length, ...rows.filter((r) => shown.has(r.source)));
  rows.sort((a, b) => byText(a.panel, b.panel) || byText(a.source, b.source) || a.date - b.date);

  const rank = (panel: string): number => {
    const index = METRIC_ORDER.findIndex((m) => panel.startsWith(METRIC_TITLES[m]));
    return index < 0 ? METRIC_ORDER.length : index;
  };
  const panels = [...new Set(rows.map((r) => r.panel))].sort((a, b) => rank(a) - rank(b) || byText(a, b));
  const columns = Math.min(COLUMNS, panels.length);
  const width = clampSide(options.width, DEFAULT_WIDTH);
  const height = clampSide(options.height, ROW_HEIGHT * Math.ceil(panels.length / columns));
  return { panels, rows, columns, width, height, legend: legendLayout(rows, width, height), ...timeAxis(rows) };
}

/**
 * The sources with the most points, at most MAX_SOURCES: a chart of hundreds of lines is unreadable
 * and slow to draw (the figures table beside it lists every source).
 */
function mostReportedSources(rows: readonly ChartRow[]): Set<string> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
  return new Set([...counts.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0])).slice(0, MAX_SOURCES).map(([s]) => s));
}

/** Legend columns as wide as the longest source name, in as many columns as fit across. */
function legendLayout(rows: readonly ChartRow[], width: number, height: number): Layout['legend'] {
  const sources = [...new Set(rows.map((r) => r.source))];
  const room = width - 40;
  // An entry is symbol, gap, label, then column padding (vega's legend defaults).
  const entry = Math.max(...sources.map((s) => textWidth(s, LEGEND_FONT_SIZE))) + 16 + 24;
  const columns = Math.max(1, Math.min(sources.length, Math.floor(room / entry)));
  // Many sources in a small chart: a one-column legend would leave the panels no room. Keep it
  // under about a third of the height with more, shorter columns (labels end in "…").
  const maxRows = Math.max(2, Math.floor((height / 3 - 20) / LEGEND_ROW_HEIGHT));
  if (Math.ceil(sources.length / columns) <= maxRows) return { entries: sources.length, columns, labelLimit: entry };
  const more = Math.min(sources.length, Math.ceil(sources.length / maxRows));
  return { entries: sources.length, columns: more, labelLimit: Math.max(MIN_LEGEND_LABEL, Math.floor(room / more) - 40) };
}

/** The vega-lite spec for given panel sizes; the chrome around the panels is sized by vega. */
function chartSpec(plan: Layout, title: string | undefined, panelWidth: number, panelHeight: number): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(title ? { title: { text: title, fontSize: 16, anchor: 'start', offset: 12 } } : {}),
    background: 'white',
    padding: 12,
    data: { values: plan.rows },
    facet: {
      field: 'panel', type: 'nominal', sort: plan.panels,
      header: { title: null, labelFontSize: 14, labelFontWeight: 'bold', labelAnchor: 'start', labelPadding: 6 },
    },
    columns: plan.columns,
    spacing: { row: 24, column: 28 },
    resolve: { scale: { y: 'independent', x: 'shared' }, axis: { x: 'independent', y: 'independent' } },
    spec: {
      width: panelWidth,
      height: panelHeight,
      mark: { type: 'line', point: { filled: true, size: 64 }, strokeWidth: 2.5 },
      encoding: {
        x: {
          field: 'date', type: 'temporal',
          scale: { type: 'utc', domain: plan.domain, nice: false },
          axis: { title: plan.yearTitle, format: plan.dateFormat, tickCount: 5, labelOverlap: 'greedy', labelSeparation: 10, grid: false },
        },
        y: {
          field: 'value', type: 'quantitative',
          // A count of 5 rounds the top to a tick (6.48M -> 7M) instead of hugging the highest point.
          scale: { zero: true, nice: 5 },
          // d3's SI format writes thousands as "k" and billions as "G"; readers expect "934K", "1.2B".
          axis: { title: null, tickCount: 5, tickMinStep: 1, labelExpr: "replace(replace(format(datum.value, '.3~s'), 'k', 'K'), 'G', 'B')" },
        },
        color: {
          field: 'source', type: 'nominal',
          scale: { scheme: plan.legend.entries > 10 ? 'tableau20' : 'tableau10' },
          legend: { title: 'Source', orient: 'bottom', direction: 'horizontal', columns: plan.legend.columns, labelLimit: plan.legend.labelLimit },
        },
      },
    },
    config: {
      font: FONT_FAMILY,
      view: { stroke: '#d0d0d0' },
      axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', titleColor: '#555', labelColor: '#333', domainColor: '#888', tickColor: '#888', gridColor: '#eee' },
      legend: { labelFontSize: LEGEND_FONT_SIZE, titleFontSize: 12, symbolType: 'circle' },
    },
  };
}

async function svgFor(spec: TopLevelSpec): Promise<{ svg: string; width: number; height: number }> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  // vega-scenegraph lets a runtime without a canvas replace its text measure (vl-convert does);
  // vega's typings omit the export. Only this module draws with vega in this process.
  const metrics = (vega as unknown as { textMetrics?: { width: typeof measureItem } }).textMetrics;
  if (metrics) metrics.width = measureItem;
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1] ?? Number.NaN);
    const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1] ?? Number.NaN);
    return { svg, width, height };
  } finally {
    view.finalize();
  }
}

/**
 * Sets the root element to exactly `width` x `height`, keeping the drawing's own viewBox so any
 * small difference left after sizing is absorbed by uniform scaling, centred.
 */
function fitRoot(svg: string, width: number, height: number): string {
  return svg.replace(/<svg\b[^>]*>/, (root) =>
    root
      .replace(/\swidth="[^"]*"/, ` width="${width}"`)
      .replace(/\sheight="[^"]*"/, ` height="${height}"`)
      .replace(/\s*>$/, ' preserveAspectRatio="xMidYMid meet">'),
  );
}

/**
 * Builds the chart as an SVG string exactly `width` x `height` (default 800 x 400 per row of two
 * panels); null when no figure has a usable value and date. Deterministic: the same figures give
 * the same SVG.
 *
 * @example
 * const svg = await buildFiguresSvg(digest.figures, { title: 'Humanitarian figures' });
 * if (svg) await writeFile('figures.svg', svg);
 */
export async function buildFiguresSvg(figures: readonly DigestFigure[], options: FiguresChartOptions = {}): Promise<string | null> {
  const plan = layout(figures, options);
  if (!plan) return null;
  const gridRows = Math.ceil(plan.panels.length / plan.columns);
  // Vega sizes panels, not the whole drawing: draw once with a guess, measure the chrome (axes,
  // headers, legend, title), then draw again with panels that leave exactly that room.
  const panel = (size: number): number => Math.max(MIN_PANEL, Math.floor(size));
  const first = { width: panel((plan.width - 110 * plan.columns) / plan.columns), height: panel((plan.height - 130 - 60 * gridRows) / gridRows) };
  const drawn = await svgFor(chartSpec(plan, options.title, first.width, first.height));
  if (!Number.isFinite(drawn.width) || !Number.isFinite(drawn.height)) return fitRoot(drawn.svg, plan.width, plan.height);
  const width = panel(first.width + (plan.width - drawn.width) / plan.columns);
  const height = panel(first.height + (plan.height - drawn.height) / gridRows);
  const final = width === first.width && height === first.height ? drawn : await svgFor(chartSpec(plan, options.title, width, height));
  return fitRoot(final.svg, plan.width, plan.height);
}

/**
 * Renders the figures chart as PNG bytes, or null when there are no figures to draw. Without any
 * font on the machine it still renders, with shapes but no text.
 *
 * @example
 * const png = await renderFiguresChart(digest.figures, { width: 800, height: 400 });
 * await adapter.post(target, message, { chart: png });
 */
export async function renderFiguresChart(figures: readonly DigestFigure[], options: FiguresChartOptions = {}): Promise<Uint8Array | null> {
  const svg = await buildFiguresSvg(figures, options);
  if (svg === null) return null;
  const { Resvg } = await import('@resvg/resvg-js');
  // resvg searches the system fonts too; the DejaVu files are named in case fontconfig misses them.
  const fontFiles = DEJAVU_FILES.filter((path) => existsSync(path));
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: FONT_FAMILY, fontFiles },
    background: 'white',
    fitTo: { mode: 'original' },
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}
