// Public entry of the extraction library: pure TypeScript, no I/O except the optional LLM adapter's injected fetch.
export * from './text/normalize';
export { tokenize, foldWord, type Token } from './text/tokenize';
export { splitSentences, type Sentence, type Clause } from './text/split-sentences';
export { detectLanguage, type LanguageGuess } from './language/detect-language';
export { readNumbers, countInNoun, type NumberMention } from './numbers/read-numbers';
export { findRelativeDate, isoDay } from './dates/resolve-date';
export { ARABIC_TRIGGERS, ENGLISH_TRIGGERS } from './patterns/lexicon';
export type { TriggerSpec } from './patterns/trigger.types';
export type { Resources, EventTrace } from './assemble/assemble.types';
export * from './extractor/extractor.types';
export {
  RuleExtractor,
  extractEvents,
  RULE_EXTRACTOR_NAME,
  RULE_EXTRACTOR_VERSION,
  DEFAULT_MIN_CONFIDENCE,
  type RuleExtractorOptions,
} from './extractor/rule-extractor';
export { eventId } from './extractor/event-id';
export * from './gazetteer';
export * from './actors';
export { LlmExtractor, type LlmExtractorOptions, type FetchLike } from './llm/llm-extractor';
export { FallbackExtractor } from './llm/fallback-extractor';
export { LLM_RESPONSE_JSON_SCHEMA, LlmEventSchema } from './llm/llm-schema';
export * from './calibration';
