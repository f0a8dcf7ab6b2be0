// Public API of @marsad/rules: watch rule schema, keyword queries, compilation, the rule index and throttling.
export * from './schema/watch-rule.schema';
export { QueryParseError } from './query/query-parse.error';
export { parseKeywordQuery, describeQuery, type QueryNode } from './query/keyword-query.parser';
export { compileKeywordQuery, matchesKeywordQuery, type QueryPredicate } from './query/keyword-query.matcher';
export { TextIndex } from './query/text-index';
export { foldTokens, tokenVariants } from './query/text-folding';
export { haversineKm } from './match/geo-distance';
export { EventMatchContext, type MatchOptions } from './match/event-match.context';
export { compileRule, type CompiledRule } from './match/compile-rule';
export { RuleIndex, type MatchedRule } from './match/rule-index';
export { throttleDecision, type ThrottleDecision } from './throttle/throttle-decision';
