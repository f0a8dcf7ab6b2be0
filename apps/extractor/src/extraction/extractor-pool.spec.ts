import { RuleExtractor, type ExtractInput } from '@marsad/extraction';
import type { MarsadEvent } from '@marsad/contracts';
import { ExtractorPool, type ClosableExtractor } from './extractor-pool';
import { runawayArticle, TEST_BUDGET_MS } from './runaway-article.fixture';
import { ExtractionBudgetError, WorkerExtractor } from './worker-extractor';

/** A member whose answers the test releases by hand, recording what it was given. */
class HeldMember implements ClosableExtractor {
  readonly name = 'held';
  readonly version = '1';
  readonly given: string[] = [];
  readonly release: Array<() => void> = [];
  closed = false;
  extract(article: ExtractInput): Promise<MarsadEvent[]> {
    this.given.push(article.id);
    return new Promise((resolve) => this.release.push(() => resolve([])));
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

const article = (id: string): ExtractInput => ({ id, body: 'x' });

// Each worker thread loads the gazetteer on start-up: seconds on a loaded CI machine, beyond Jest's default 5 s.
jest.setTimeout(30_000);

describe('ExtractorPool', () => {
  it('gives each article to the member with the fewest waiting', async () => {
    const [a, b] = [new HeldMember(), new HeldMember()];
    const pool = new ExtractorPool([a, b]);
    const first = pool.extract(article('1'));
    const second = pool.extract(article('2'));
    expect(a.given).toEqual(['1']);
    expect(b.given).toEqual(['2']);
    expect(pool.load()).toEqual([1, 1]);
    b.release[0]();
    await second;
    expect(pool.load()).toEqual([1, 0]);
    void pool.extract(article('3'));
    expect(b.given).toEqual(['2', '3']);
    a.release[0]();
    await first;
    await pool.close();
    expect(a.closed && b.closed).toBe(true);
  });

  it('refuses to be built empty', () => {
    expect(() => new ExtractorPool([])).toThrow(/at least one member/);
  });

  describe('on worker threads', () => {
    let pool: ExtractorPool;
    afterEach(() => pool.close());

    it('reads an article on a free worker while another worker is stuck on a runaway one', async () => {
      pool = new ExtractorPool([
        new WorkerExtractor({ budgetMs: TEST_BUDGET_MS }),
        new WorkerExtractor({ budgetMs: TEST_BUDGET_MS }),
      ]);
      const plain: ExtractInput = {
        id: 'en1',
        body: 'MOSUL, Iraq (Reuters) - A car bomb killed twelve people at a market in Mosul on Tuesday, police said.',
      };
      // Warm both workers, so start-up is not part of any budget.
      await Promise.all([pool.extract(plain), pool.extract(plain)]);
      const settled: string[] = [];
      const runaway = pool.extract(runawayArticle).then(
        () => settled.push('runaway read'),
        (err: unknown) => settled.push(err instanceof ExtractionBudgetError ? 'runaway stopped' : String(err)),
      );
      const events = await pool.extract(plain).then((e) => {
        settled.push('plain read');
        return e;
      });
      await runaway;
      expect(events).toEqual(new RuleExtractor().extract(plain));
      expect(settled).toEqual(['plain read', 'runaway stopped']);
    });
  });
});
