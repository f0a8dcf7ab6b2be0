import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createExtractor } from './create-extractor';

const article = {
  id: 'a1',
  body: 'قتل خمسة مدنيين في قصف على مدينة دوما السورية اليوم.',
  publishedAt: '2026-11-20T00:00:00Z',
};

describe('createExtractor', () => {
  it('gives the rule extractor by default', async () => {
    const extractor = createExtractor({ kind: 'rule' });
    expect(extractor.name).not.toMatch(/llm/);
    expect((await extractor.extract(article)).length).toBeGreaterThan(0);
  });

  it('falls back to the rules when the LLM endpoint fails', async () => {
    const server = createServer((_req, res) => res.writeHead(500).end('boom'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      const extractor = createExtractor({
        kind: 'llm',
        baseUrl: `http://127.0.0.1:${port}/v1`,
        apiKey: undefined,
        model: 'test',
        timeoutMs: 2000,
      });
      expect(extractor.name).toMatch(/llm/);
      const events = await extractor.extract(article);
      const rules = await createExtractor({ kind: 'rule' }).extract(article);
      expect(events).toEqual(rules);
    } finally {
      server.close();
    }
  });
});
