/** Humanitarian figures as stored: read per workspace, metric and time. */
import type { Kysely, Selectable } from 'kysely';
import type { Figure, Metric } from '../core/analysis.js';
import type { WindowField } from './articles.js';
import type { FigureTable, Tables } from './schema.js';

function toFigure(row: Selectable<FigureTable>): Figure {
  return {
    id: row.id,
    workspace: row.workspace,
    articleId: row.article_id,
    metric: row.metric as Metric,
    population: row.population,
    value: row.value,
    qualifier: row.qualifier,
    source: row.source,
    caveat: row.caveat,
    sentence: row.sentence,
    asOf: row.as_of,
    asOfUnknown: row.as_of_unknown === 1,
  };
}

export class FigureRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Figures from articles whose `field` falls in [from, to]. */
  async inWindow(workspace: string, field: WindowField, from: string, to: string): Promise<Figure[]> {
    const rows = await this.db
      .selectFrom('figures')
      .innerJoin('articles', 'articles.id', 'figures.article_id')
      .selectAll('figures')
      .where('figures.workspace', '=', workspace)
      .where(`articles.${field}`, '>=', from)
      .where(`articles.${field}`, '<=', to)
      .execute();
    return rows.map(toFigure);
  }

  /**
   * Every figure of the workspace (optionally one metric) as of `until` or earlier, from articles
   * stored by `ingestedUntil` (so a digest rebuilt later for the same window is the same digest).
   */
  async history(workspace: string, options: { metric?: Metric; until?: string; ingestedUntil?: string } = {}): Promise<Figure[]> {
    let query = this.db
      .selectFrom('figures')
      .innerJoin('articles', 'articles.id', 'figures.article_id')
      .selectAll('figures')
      .where('figures.workspace', '=', workspace);
    if (options.metric) query = query.where('figures.metric', '=', options.metric);
    if (options.until) query = query.where('figures.as_of', '<=', options.until);
    if (options.ingestedUntil) query = query.where('articles.ingested_at', '<=', options.ingestedUntil);
    const rows = await query.orderBy('figures.as_of', 'desc').execute();
    return rows.map(toFigure);
  }
}
