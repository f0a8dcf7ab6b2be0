import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RuleExtractor, type EventExtractor } from '@marsad/extraction';
import { createExtractor } from './create-extractor';
import { ExtractorPool } from './extractor-pool';

const article = {
  id: 'a1',
  body: 'قتل خمسة مدنيين في قصف على مدينة دوما السورية اليوم.',
  publishedAt: '2026-11-20T00:00:00Z',
};
const close = (e: EventExtractor) => (e as unknown as { onModuleDestroy(): Promise<void> }).onModuleDestroy();

// Each worker thread loads the gazetteer on start-up: seconds on a loaded CI machine, beyond Jest's default 5 s.
jest.setTimeout(30_000);

describe('createExtractor', () => {
  it('gives the rule extractor by default, on its worker thread', async () => {
    const extractor = createExtractor({ kind: 'rule', budgetMs: 20_000, workers: 1 });
    try {
      expect(extractor.name).not.toMatch(/llm/);
      const events = await extractor.extract(article);
      expect(events.length).toBeGreaterThan(0);
      expect(events).toEqual(new RuleExtractor().extract(article));
    } finally {
      await close(extractor);
    }
  });

  it('gives a pool of worker threads when EXTRACTION_WORKERS asks for several', async () => {
    const extractor = createExtractor({ kind: 'rule', budgetMs: 20_000, workers: 2 });
    try {
      expect(extractor).toBeInstanceOf(ExtractorPool);
      expect((extractor as ExtractorPool).size).toBe(2);
      expect(await extractor.extract(article)).toEqual(new RuleExtractor().extract(article));
    } finally {
      await close(extractor);
    }
  });

  it('falls back to the rules when the LLM endpoint fails', async () => {
    const server = createServer((_req, res) => res.writeHead(500).end('boom'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const extractor = createExtractor({
      kind: 'llm',
      baseUrl: `http://127.0.0.1:${port}/v1`,
      apiKey: undefined,
      model: 'test',
      timeoutMs: 2000,
      budgetMs: 20_000,
      workers: 1,
    });
    try {
      expect(extractor.name).toMatch(/llm/);
      const events = await extractor.extract(article);
      expect(events).toEqual(new RuleExtractor().extract(article));
    } finally {
      server.close();
      await close(extractor);
    }
  });
});
