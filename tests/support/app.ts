/**
 * A wired test application: in-memory SQLite store, the project's topics, a fixed clock, silent
 * logs, the real router. Articles are written here in the project's own words.
 */
import { fileURLToPath } from 'node:url';
import { loadTopics } from '../../src/config/topics.js';
import { fixedClock } from '../../src/core/clock.js';
import type { ArticleDraft } from '../../src/core/article.js';
import { silentLogger } from '../../src/core/log.js';
import { createRouter } from '../../src/commands/router.js';
import { assertFetchableUrl } from '../../src/feeds/address.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { TopicCatalog } from '../../src/pipeline/topics.js';
import { Store } from '../../src/store/index.js';

export const TOPICS_FILE = fileURLToPath(new URL('../../config/topics.yaml', import.meta.url));

export function draft(over: Partial<ArticleDraft> & Pick<ArticleDraft, 'title' | 'text'>): ArticleDraft {
  return { origin: { kind: 'file', ref: 'test' }, externalId: null, outlet: null, byline: null, url: null, guid: null, published: null, ...over };
}

export const ARTICLES = {
  icjHearingA: draft({
    title: 'Ukraine asks the International Court of Justice to halt the invasion',
    outlet: 'Outlet One', url: 'https://one.example/icj', published: '2022-03-07T12:00:00.000Z',
    text: 'Ukraine asked the International Court of Justice in The Hague on Monday to order Russia to stop its military operations, in a genocide case filed days earlier. Russia did not send a delegation to the hearing. The court will rule on provisional measures as soon as possible, its president said.',
  }),
  icjHearingB: draft({
    title: 'Russia skips World Court hearing on Ukraine genocide case',
    outlet: 'Outlet Two', url: 'https://two.example/icj-hearing', published: '2022-03-07T15:00:00.000Z',
    text: "Russia stayed away on Monday from a hearing at the International Court of Justice in The Hague, where Ukraine asked judges to order an end to the invasion under the genocide convention. Ukraine's representative told the court the empty seats spoke loudly. A ruling on provisional measures is expected soon.",
  }),
  sanctions: draft({
    title: 'EU freezes assets of oligarchs and officials in new sanctions package',
    outlet: 'Outlet Three', url: 'https://three.example/eu', published: '2022-03-09T10:00:00.000Z',
    text: 'The European Union imposed sanctions on 160 more individuals on Wednesday, including oligarchs and members of parliament, freezing their assets and banning them from travel. The package also tightened export controls on maritime navigation technology.',
  }),
  refugees: draft({
    title: 'Two million people have now fled Ukraine, UN says',
    outlet: 'Outlet One', url: 'https://one.example/refugees', published: '2022-03-08T09:00:00.000Z',
    text: 'More than 2 million people have fled Ukraine since the invasion began, the UN refugee agency said on Tuesday. At least 474 civilians have been killed, the UN human rights office said, adding that the true toll is likely to be considerably higher.',
  }),
};

export async function testApp(options: { now?: string } = {}) {
  const store = await Store.open({ file: ':memory:' });
  const clock = fixedClock(options.now ?? '2022-03-10T08:00:00.000Z');
  const topics = new TopicCatalog(await loadTopics(TOPICS_FILE), store);
  const changed: string[] = [];
  const router = createRouter({
    store, topics, clock, logger: silentLogger, digestSinceMs: 7 * 86_400_000, storiesPerSection: 5,
    checkFeedUrl: (url) => assertFetchableUrl(url, { allowPrivateAddresses: false, lookup: async () => ['93.184.216.34'] }),
    onSubscriptionsChanged: (w) => changed.push(w),
  });
  const add = async (workspace: string, drafts: ArticleDraft[]) => {
    const { matcher } = await topics.forWorkspace(workspace);
    return ingest(drafts, { workspace, topics: matcher }, { store, clock, logger: silentLogger });
  };
  return { store, clock, topics, router, add, changed, close: () => store.close() };
}
