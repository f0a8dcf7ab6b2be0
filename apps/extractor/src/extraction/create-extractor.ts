/**
 * The extractor a deployment asked for: the rule extractor (default), or an OpenAI-compatible LLM endpoint with
 * the rule extractor as fallback, so a model outage never stalls the pipeline.
 */
import { Logger } from '@nestjs/common';
import type { AppConfig } from '@marsad/config';
import { FallbackExtractor, LlmExtractor, RuleExtractor, loadGazetteer, type EventExtractor } from '@marsad/extraction';

export function createExtractor(config: AppConfig['extractor']): EventExtractor {
  loadGazetteer(); // once, at start, not on the first article
  const rules = new RuleExtractor();
  if (config.kind === 'rule') return rules;
  const logger = new Logger('LlmExtractor');
  const llm = new LlmExtractor({
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    model: config.model,
    timeoutMs: config.timeoutMs,
  });
  return new FallbackExtractor(llm, rules, (err) =>
    logger.warn(`LLM extraction failed, used the rules instead: ${err instanceof Error ? err.message : String(err)}`),
  );
}
