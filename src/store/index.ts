/**
 * The store: one object over the database with a repository per table family. Everything is
 * scoped by workspace, so no workspace reads another's articles, figures, feeds or deliveries.
 */
import { ArticleRepository } from './articles.js';
import { openDatabase, type DatabaseHandle, type DatabaseOptions, type DialectName } from './db.js';
import { DeliveryRepository } from './deliveries.js';
import { FeedRepository } from './feeds.js';
import { FigureRepository } from './figures.js';
import { searchArticles } from './search.js';
import { SubscriptionRepository } from './subscriptions.js';
import { WorkspaceRepository } from './workspaces.js';

export class Store {
  readonly articles: ArticleRepository;
  readonly figures: FigureRepository;
  readonly feeds: FeedRepository;
  readonly subscriptions: SubscriptionRepository;
  readonly deliveries: DeliveryRepository;
  readonly workspaces: WorkspaceRepository;
  readonly dialect: DialectName;

  private constructor(private readonly handle: DatabaseHandle) {
    const { db, dialect } = handle;
    this.dialect = dialect;
    this.articles = new ArticleRepository(db, dialect);
    this.figures = new FigureRepository(db);
    this.feeds = new FeedRepository(db);
    this.subscriptions = new SubscriptionRepository(db);
    this.deliveries = new DeliveryRepository(db);
    this.workspaces = new WorkspaceRepository(db);
  }

  /**
   * @example
   * const store = await Store.open({ file: 'data/newsdigest.db', url: process.env.DATABASE_URL });
   */
  static async open(options: DatabaseOptions): Promise<Store> {
    return new Store(await openDatabase(options));
  }

  search(workspace: string, query: string, limit = 10) {
    return searchArticles(this.handle.db, this.dialect, workspace, query, limit);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

export type { NewArticle, ArticleWithTopics, WindowField } from './articles.js';
export type { Subscription } from './subscriptions.js';
export type { FeedRecord } from './feeds.js';
