// Matches one event against many rules fast. Rules are bucketed by (tenant, event type, country), with `*` for a
// rule that does not restrict that dimension; an event looks at only four buckets and evaluates the remaining
// conditions on the rules found there. Every rule sits in exactly one of those four buckets for any given event
// (its type key is either the event's type or `*`, likewise its country key), so no rule is evaluated twice.
import type { ExtractedEventMessage } from '@marsad/contracts';
import type { StoredWatchRule } from '../schema/watch-rule.schema';
import { compileRule, type CompiledRule } from './compile-rule';
import { EventMatchContext, type MatchOptions } from './event-match.context';

export interface MatchedRule {
  ruleId: string;
  tenantId: string;
  rule: StoredWatchRule;
}

interface Entry {
  compiled: CompiledRule<StoredWatchRule>;
  bucketKeys: string[];
}

const ANY = '*';
const bucketKey = (tenantId: string, type: string, country: string) => `${tenantId}\u0000${type}\u0000${country}`;

export class RuleIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly buckets = new Map<string, Map<string, CompiledRule<StoredWatchRule>>>();

  constructor(rules: Iterable<StoredWatchRule> = []) {
    for (const rule of rules) this.upsert(rule);
  }

  /** Number of rules held, enabled or not. */
  get size(): number {
    return this.entries.size;
  }

  /** Adds or replaces a rule (by id). Disabled rules are kept but never matched. */
  upsert(rule: StoredWatchRule): void {
    // Compile before touching the index: a rule that fails to compile leaves the previous version in place.
    const compiled = compileRule(rule);
    this.remove(rule.id);
    const bucketKeys: string[] = [];
    if (rule.enabled) {
      for (const type of rule.match.types ?? [ANY]) {
        for (const country of rule.match.countries ?? [ANY]) bucketKeys.push(bucketKey(rule.tenantId, type, country));
      }
    }
    for (const key of bucketKeys) {
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = new Map()));
      bucket.set(rule.id, compiled);
    }
    this.entries.set(rule.id, { compiled, bucketKeys });
  }

  /** Removes a rule; returns whether it was there. */
  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (const key of entry.bucketKeys) {
      const bucket = this.buckets.get(key);
      bucket?.delete(id);
      if (bucket?.size === 0) this.buckets.delete(key);
    }
    this.entries.delete(id);
    return true;
  }

  /** Every enabled rule of the message's tenant that the event satisfies, ordered by rule id. */
  match(message: ExtractedEventMessage, options?: MatchOptions): MatchedRule[] {
    const context = new EventMatchContext(message, options);
    const { tenantId, event } = message;
    const country = event.location?.country?.toUpperCase();
    const keys = [bucketKey(tenantId, event.type, ANY), bucketKey(tenantId, ANY, ANY)];
    if (country) keys.push(bucketKey(tenantId, event.type, country), bucketKey(tenantId, ANY, country));

    const matched: MatchedRule[] = [];
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      for (const compiled of bucket.values()) {
        if (compiled.matches(context)) matched.push({ ruleId: compiled.rule.id, tenantId, rule: compiled.rule });
      }
    }
    return matched.sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  }
}
