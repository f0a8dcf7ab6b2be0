import { RuleExtractor, type ExtractInput } from '@marsad/extraction';
import { UnrecoverableError } from '@marsad/messaging';
import { runawayArticle, TEST_BUDGET_MS } from './runaway-article.fixture';
import { ExtractionBudgetError, WorkerExtractor } from './worker-extractor';

const articles: ExtractInput[] = [
  {
    id: 'ar1',
    body: 'شنت قوات النظام غارات جوية على مدينة حلب أسفرت عن مقتل 7 أشخاص. واعتقلت الشرطة خمسة مشتبهين في دمشق.',
    publishedAt: '2026-11-20T00:00:00Z',
  },
  {
    id: 'en1',
    body: 'MOSUL, Iraq (Reuters) - A car bomb killed twelve people at a market in Mosul on Tuesday, police said.',
    publishedAt: '2026-11-20T00:00:00Z',
  },
  { id: 'none', body: 'The weather was mild and the markets were calm.', publishedAt: '2026-11-20T00:00:00Z' },
];
const hostile = runawayArticle;

// Each worker thread loads the gazetteer on start-up: seconds on a loaded CI machine, beyond Jest's default 5 s.
jest.setTimeout(30_000);

describe('WorkerExtractor', () => {
  const rules = new RuleExtractor();
  let extractor: WorkerExtractor;
  afterEach(() => extractor.close());

  it('gives the rule extractor’s events, each article its own, in call order', async () => {
    extractor = new WorkerExtractor({ budgetMs: 20_000 });
    const results = await Promise.all(articles.map((a) => extractor.extract(a)));
    results.forEach((events, i) => expect(events).toEqual(rules.extract(articles[i])));
    expect(results[0].length).toBeGreaterThan(1);
    expect(results[2]).toEqual([]);
  });

  it('leaves the event loop free while it reads', async () => {
    extractor = new WorkerExtractor({ budgetMs: 20_000 });
    await extractor.extract(articles[1]); // the worker is up
    let ticked = false;
    setTimeout(() => (ticked = true), 0);
    // Read on this thread, the article would resolve in a microtask before any timer could fire.
    await extractor.extract(articles[0]);
    expect(ticked).toBe(true);
  });

  it('stops an article that overruns its budget as unrecoverable, and reads the next one on a fresh worker', async () => {
    extractor = new WorkerExtractor({ budgetMs: TEST_BUDGET_MS });
    await extractor.extract(articles[2]); // start-up is not part of the budget
    const failure = await extractor.extract(hostile).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(ExtractionBudgetError);
    expect(failure).toBeInstanceOf(UnrecoverableError);
    expect((failure as Error).message).toBe(
      `extraction of article hostile (${hostile.body.length} chars) exceeded its budget of ${TEST_BUDGET_MS} ms`,
    );
    expect(await extractor.extract(articles[1])).toEqual(rules.extract(articles[1]));
  });

  it('fails an article whose worker dies as retryable, not unrecoverable', async () => {
    extractor = new WorkerExtractor({ budgetMs: 20_000, maxHeapMb: 8 }); // too little heap to load the gazetteer
    const failure = await extractor.extract(articles[0]).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(UnrecoverableError);
    expect((failure as Error).message).toMatch(/extraction worker did not start/);
  });

  it('refuses work once closed', async () => {
    extractor = new WorkerExtractor({ budgetMs: 20_000 });
    await extractor.close();
    await expect(extractor.extract(articles[0])).rejects.toThrow(/closed/);
  });
});
