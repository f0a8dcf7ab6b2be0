import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MarsadEvent } from '@marsad/contracts';
import type { EventExtractor } from '../extractor/extractor.types';
import { FallbackExtractor } from './fallback-extractor';
import { LlmExtractor } from './llm-extractor';

const body = 'قصفت الطائرات مدينة حلب. وقال المرصد إن خمسة قتلوا.';
const article = { id: 'a1', body, publishedAt: '2016-12-05T00:00:00Z', language: 'ar' };
const ruleEvent = { id: 'rule-1', type: 'ASSAULT' } as unknown as MarsadEvent;
const rules: EventExtractor = { name: 'rules', version: '1', extract: () => [ruleEvent] };

let mode: 'ok' | 'error' | 'garbage' | 'slow' = 'ok';
let server: Server;
let baseUrl = '';
let lastRequest: { response_format?: { type: string } } = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      lastRequest = JSON.parse(raw);
      if (mode === 'error') return void res.writeHead(500).end('boom');
      if (mode === 'garbage')
        return void res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"choices":[{"message":{"content":"not json"}}]}');
      if (mode === 'slow') return void setTimeout(() => res.writeHead(200).end('{}'), 3000).unref();
      const events = [
        {
          type: 'ASSAULT',
          mode: 'aerial',
          actor: null,
          target: null,
          location: { name: 'Aleppo', country: 'SY', lat: 36.2, lon: 37.13 },
          date: '2016-12-05',
          killed: 5,
          injured: null,
          size: null,
          negated: false,
          attribution: null,
          evidence: 'قصفت الطائرات مدينة حلب.',
          confidence: 0.9,
        },
        { type: 'NOT_A_TYPE', evidence: 'x' },
        { type: 'ASSAULT', evidence: 'text that is not in the article' },
      ];
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ choices: [{ message: { content: JSON.stringify({ events }) } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// The answer timeout below is 10 s, longer than Jest's 5 s default: on a loaded machine (a full unit run beside other
// work) the first answer overran 5 s and failed the test by Jest's clock, not the extractor's.
jest.setTimeout(30_000);

// A generous timeout for answers (a loaded CI machine must not turn them into timeouts); the slow endpoint answers
// only after 3 s, far past the short timeout its test uses.
const llm = (timeoutMs = 10_000) => new LlmExtractor({ baseUrl, apiKey: 'k', model: 'test-model', timeoutMs });

describe('LlmExtractor', () => {
  it('returns validated events with located evidence and asks for json_schema output', async () => {
    mode = 'ok';
    const events = await llm().extract(article);
    expect(lastRequest.response_format?.type).toBe('json_schema');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'ASSAULT',
      killed: 5,
      articleId: 'a1',
      extractor: { name: 'marsad-llm', version: 'test-model' },
    });
    expect(body.slice(events[0].evidence.start, events[0].evidence.end)).toBe(events[0].evidence.text);
  });
  it.each(['error', 'garbage', 'slow'] as const)('falls back to the rule extractor on %s', async (m) => {
    mode = m;
    const timeoutMs = m === 'slow' ? 300 : undefined;
    await expect(llm(timeoutMs).extract(article)).rejects.toBeDefined();
    const fallback = new FallbackExtractor(llm(timeoutMs), rules);
    expect(await fallback.extract(article)).toEqual([ruleEvent]);
  });
});
