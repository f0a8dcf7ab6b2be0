// Watch rule schema: what a subscriber asks to be alerted about. Validated at the API and again when the alerting
// worker loads rules, so messages must be good enough to show a user next to the offending field.
import { PLOVER_TYPES } from '@marsad/contracts';
import { z } from 'zod';
import { parseKeywordQuery } from '../query/keyword-query.parser';
import { QueryParseError } from '../query/query-parse.error';

const ALLOWED_TYPES = PLOVER_TYPES.join(', ');

// Empty lists are ambiguous (match nothing? anything?), so they are rejected: omit the field to match anything.
const nonEmptyList = <T extends z.ZodTypeAny>(item: T, what: string) =>
  z.array(item).min(1, `${what} must not be empty; omit the field to match any ${what}`).max(500);

const shortText = (what: string) => z.string().trim().min(1, `${what} must not be blank`).max(200);

const PloverTypeField = z.enum(PLOVER_TYPES, {
  error: (issue) => `unknown event type '${String(issue.input)}'; allowed: ${ALLOWED_TYPES}`,
});

const CountryField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code such as SY or IQ');

const QueryField = z
  .string()
  .max(2000)
  .superRefine((query, ctx) => {
    try {
      parseKeywordQuery(query);
    } catch (error) {
      if (!(error instanceof QueryParseError)) throw error;
      ctx.addIssue({
        code: 'custom',
        message: `query does not parse: ${error.message}`,
        params: { position: error.position },
      });
    }
  });

export const NearSchema = z.strictObject({
  lat: z.number().min(-90, 'lat must be between -90 and 90').max(90, 'lat must be between -90 and 90'),
  lon: z.number().min(-180, 'lon must be between -180 and 180').max(180, 'lon must be between -180 and 180'),
  radiusKm: z.number().positive('radiusKm must be greater than 0').max(20_040, 'radiusKm cannot exceed half the Earth'),
});
export type Near = z.infer<typeof NearSchema>;

const count = (what: string) => z.number().int(`${what} must be a whole number`).min(0, `${what} must be 0 or more`);

export const RuleMatchSchema = z.strictObject({
  types: nonEmptyList(PloverTypeField, 'types').optional(),
  modes: nonEmptyList(shortText('mode').toLowerCase(), 'modes').optional(),
  /** Actor ids (exact) or names (compared by normalizeKey, whole words). */
  actors: nonEmptyList(shortText('actor'), 'actors').optional(),
  targets: nonEmptyList(shortText('target'), 'targets').optional(),
  /** Where the event happened (event.location.country). */
  countries: nonEmptyList(CountryField, 'countries').optional(),
  near: NearSchema.optional(),
  minKilled: count('minKilled').optional(),
  minInjured: count('minInjured').optional(),
  minConfidence: z
    .number()
    .min(0, 'minConfidence must be between 0 and 1')
    .max(1, 'minConfidence must be between 0 and 1')
    .optional(),
  includeNegated: z.boolean().default(false),
  query: QueryField.optional(),
  languages: nonEmptyList(shortText('language').toLowerCase(), 'languages').optional(),
  sources: nonEmptyList(shortText('source'), 'sources').optional(),
});
export type RuleMatch = z.infer<typeof RuleMatchSchema>;

export const ThrottleSchema = z.strictObject({
  maxAlerts: z.number().int('maxAlerts must be a whole number').min(1, 'maxAlerts must be at least 1').max(100_000),
  perSeconds: z
    .number()
    .int('perSeconds must be a whole number')
    .min(1, 'perSeconds must be at least 1')
    .max(30 * 86_400, 'perSeconds cannot exceed 30 days'),
});
export type Throttle = z.infer<typeof ThrottleSchema>;

export const WatchRuleSchema = z.strictObject({
  name: shortText('name'),
  enabled: z.boolean().default(true),
  match: RuleMatchSchema,
  throttle: ThrottleSchema.nullable().default(null),
});
/** A validated rule, defaults applied. */
export type WatchRule = z.infer<typeof WatchRuleSchema>;
/** What a client may send (defaults not yet applied). */
export type WatchRuleInput = z.input<typeof WatchRuleSchema>;

/** A stored rule as the index holds it: the rule plus its identity and owner. */
export type StoredWatchRule = WatchRule & { id: string; tenantId: string };

export interface RuleIssue {
  /** Dotted path of the offending field, e.g. `match.types.0` or `match.near.lat`. */
  path: string;
  message: string;
}

export type ParseWatchRuleResult = { success: true; rule: WatchRule } | { success: false; issues: RuleIssue[] };

/** Validates untrusted input; never throws for bad input, returns every field-level problem instead. */
export function parseWatchRule(input: unknown): ParseWatchRuleResult {
  const parsed = WatchRuleSchema.safeParse(input);
  if (parsed.success) return { success: true, rule: parsed.data };
  return {
    success: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}
