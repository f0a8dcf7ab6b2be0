/**
 * The extractor a deployment asked for: the rule extractor (default), or an OpenAI-compatible LLM endpoint with
 * the rule extractor as fallback, so a model outage never stalls the pipeline. The rules run on a worker thread
 * with a time budget per article (worker-extractor.ts).
 */
import { Logger } from '@nestjs/common';
import type { ExtractorConfig } from '@marsad/config';
import { FallbackExtractor, LlmExtractor, type EventExtractor } from '@marsad/extraction';
import { WorkerExtractor } from './worker-extractor';

export function createExtractor(config: ExtractorConfig): EventExtractor {
  const rules = new WorkerExtractor({ budgetMs: config.budgetMs });
  if (config.kind === 'rule') return rules;
  const logger = new Logger('LlmExtractor');
  const llm = new LlmExtractor({
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    model: config.model,
    timeoutMs: config.timeoutMs,
  });
  const fallback = new FallbackExtractor(llm, rules, (err) =>
    logger.warn(`LLM extraction failed, used the rules instead: ${err instanceof Error ? err.message : String(err)}`),
  );
  // Shutdown reaches the worker through the fallback chain too.
  return Object.assign(fallback, { onModuleDestroy: () => rules.close() });
}
