/**
 * The extractor a deployment asked for: the rule extractor (default), or an OpenAI-compatible LLM endpoint with
 * the rule extractor as fallback, so a model outage never stalls the pipeline. The rules run on a worker thread
 * with a time budget per article (worker-extractor.ts), several threads when EXTRACTION_WORKERS asks (extractor-pool.ts).
 */
import { Logger } from '@nestjs/common';
import type { ExtractorConfig } from '@marsad/config';
import { FallbackExtractor, LlmExtractor, type EventExtractor } from '@marsad/extraction';
import { ExtractorPool } from './extractor-pool';
import { WorkerExtractor } from './worker-extractor';

/** The rule extractor on one worker thread, or a pool of them (EXTRACTION_WORKERS). */
function ruleExtractor(config: ExtractorConfig): WorkerExtractor | ExtractorPool {
  const one = () => new WorkerExtractor({ budgetMs: config.budgetMs });
  return config.workers > 1 ? new ExtractorPool(Array.from({ length: config.workers }, one)) : one();
}

export function createExtractor(config: ExtractorConfig): EventExtractor {
  const rules = ruleExtractor(config);
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
