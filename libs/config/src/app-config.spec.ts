import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults for a machine with services on standard ports', () => {
    const c = loadConfig({});
    expect(c.nats.url).toBe('nats://127.0.0.1:4222');
    expect(c.database.migrateOnStart).toBe(true);
    expect(c.webhooks.allowPrivateNetworks).toBe(false);
  });
  it('keeps the rule extractor by default and needs an endpoint for the LLM one', () => {
    expect(loadConfig({}).extractor).toEqual({ kind: 'rule', budgetMs: 20_000, workers: 1 });
    expect(loadConfig({ EXTRACTION_BUDGET_MS: '5000' }).extractor.budgetMs).toBe(5000);
    expect(() => loadConfig({ EXTRACTION_BUDGET_MS: '10' })).toThrow(/EXTRACTION_BUDGET_MS/);
    expect(loadConfig({ EXTRACTION_WORKERS: '3' }).extractor.workers).toBe(3);
    expect(() => loadConfig({ EXTRACTION_WORKERS: '0' })).toThrow(/EXTRACTION_WORKERS/);
    expect(() => loadConfig({ EXTRACTOR: 'llm' })).toThrow(/LLM_BASE_URL/);
    expect(loadConfig({ EXTRACTOR: 'llm', LLM_BASE_URL: 'http://llm.local/v1' }).extractor).toMatchObject({
      kind: 'llm',
      baseUrl: 'http://llm.local/v1',
      model: 'gpt-4o-mini',
    });
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ API_PORT: 'abc', DATABASE_SCHEMA: 'Bad-Schema' })).toThrow(ConfigError);
    expect(() => loadConfig({ API_PORT: 'abc' })).toThrow(/API_PORT/);
  });
});
