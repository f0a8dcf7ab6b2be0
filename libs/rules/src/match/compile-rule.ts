// Compiles a watch rule into a predicate over one event. Conditions are ordered cheapest first so that most
// non-matching events are rejected before the keyword query or the distance is ever computed.
import type { EventActor, ExtractedEventMessage } from '@marsad/contracts';
import { compileKeywordQuery } from '../query/keyword-query.matcher';
import { foldTokens } from '../query/text-folding';
import type { WatchRule } from '../schema/watch-rule.schema';
import { EventMatchContext, type MatchOptions } from './event-match.context';
import { haversineKm } from './geo-distance';

type Condition = (context: EventMatchContext) => boolean;

export interface CompiledRule<R extends WatchRule = WatchRule> {
  readonly rule: R;
  /** Evaluates every condition except `enabled` (the index decides what to do with disabled rules). */
  matches(context: EventMatchContext): boolean;
  /** Convenience for a single check: builds the context itself. */
  test(message: ExtractedEventMessage, options?: MatchOptions): boolean;
}

/** Matches an actor by id (case-insensitive, exact) or by name key (whole words, normalizeKey folding). */
function actorMatcher(entries: readonly string[]): (actor: EventActor | null) => boolean {
  const ids = new Set(entries.map((entry) => entry.toLowerCase()));
  const names = entries.map((entry) => ` ${foldTokens(entry).join(' ')} `).filter((name) => name.trim() !== '');
  return (actor) => {
    if (!actor) return false;
    if (actor.id !== null && ids.has(actor.id.toLowerCase())) return true;
    const name = ` ${foldTokens(actor.name).join(' ')} `;
    return names.some((entry) => name.includes(entry));
  };
}

function languageMatches(language: string, wanted: readonly string[]): boolean {
  const lower = language.toLowerCase();
  // 'ar' covers regional tags such as 'ar-SY'.
  return wanted.some((entry) => lower === entry || lower.startsWith(`${entry}-`));
}

function conditionsOf(rule: WatchRule): Condition[] {
  const m = rule.match;
  const conditions: Condition[] = [];
  if (!m.includeNegated) conditions.push(({ message }) => !message.event.negated);
  if (m.types) {
    const types = new Set<string>(m.types);
    conditions.push(({ message }) => types.has(message.event.type));
  }
  if (m.countries) {
    const countries = new Set(m.countries);
    conditions.push(({ message }) => {
      const country = message.event.location?.country;
      return country != null && countries.has(country.toUpperCase());
    });
  }
  if (m.languages) {
    const languages = m.languages;
    conditions.push(({ message }) => languageMatches(message.event.language, languages));
  }
  if (m.sources) {
    const sources = new Set(m.sources);
    conditions.push(({ message }) => message.sourceId !== null && sources.has(message.sourceId));
  }
  if (m.modes) {
    const modes = new Set(m.modes);
    conditions.push(({ message }) => message.event.mode !== null && modes.has(message.event.mode.toLowerCase()));
  }
  const { minKilled, minInjured, minConfidence } = m;
  if (minKilled !== undefined) conditions.push(({ message }) => (message.event.killed ?? -1) >= minKilled);
  if (minInjured !== undefined) conditions.push(({ message }) => (message.event.injured ?? -1) >= minInjured);
  if (minConfidence !== undefined) conditions.push(({ message }) => message.event.confidence >= minConfidence);
  if (m.actors) {
    const matchActor = actorMatcher(m.actors);
    conditions.push(({ message }) => matchActor(message.event.actor));
  }
  if (m.targets) {
    const matchTarget = actorMatcher(m.targets);
    conditions.push(({ message }) => matchTarget(message.event.target));
  }
  const near = m.near;
  if (near) {
    conditions.push(({ message }) => {
      const location = message.event.location;
      return location !== null && haversineKm(near.lat, near.lon, location.lat, location.lon) <= near.radiusKm;
    });
  }
  if (m.query !== undefined) {
    const query = compileKeywordQuery(m.query);
    conditions.push((context) => query(context.text));
  }
  return conditions;
}

/** Compiles a validated rule. Throws QueryParseError only for a rule that skipped validation (bad query). */
export function compileRule<R extends WatchRule>(rule: R): CompiledRule<R> {
  const conditions = conditionsOf(rule);
  const matches = (context: EventMatchContext) => conditions.every((condition) => condition(context));
  return {
    rule,
    matches,
    test: (message, options) => matches(new EventMatchContext(message, options)),
  };
}
