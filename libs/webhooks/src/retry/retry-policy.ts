// Retry policy for webhook deliveries, modelled on Svix: attempts immediately, then after 5 s, 5 min, 30 min, 2 h,
// 5 h, 10 h and 10 h, each with jitter so a receiver that comes back up is not hit by every queued delivery at once.
//
// Outcome rules (what Svix does, not what a REST client would do):
// - 2xx: delivered.
// - 410 Gone: the receiver says the endpoint is gone for good: disable the endpoint, stop retrying.
// - Any other status (3xx, 4xx, 5xx): retry on the schedule. Receivers often answer 400/401/404 while misconfigured
//   or mid-deploy; giving up on the first one would lose alerts the subscriber fixes an hour later. Redirects are
//   not followed (the target could be an internal address), so 3xx counts as a failed attempt.
// - 429, 502, 503, 504 with Retry-After: wait at least what the receiver asked, capped (default 1 h) so a bogus
//   header cannot park a delivery for days.
// - No status at all: timeouts and network errors retry; an invalid URL or an SSRF block fails permanently.
import type { DeliveryResult } from '../delivery/delivery-result';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Delay before attempt n+1 (index 0 = the first attempt, immediately). */
export const SVIX_RETRY_SCHEDULE_MS: readonly number[] = [
  0,
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];

export const DEFAULT_MAX_RETRY_AFTER_MS = HOUR;
const RETRY_AFTER_STATUSES = new Set([429, 502, 503, 504]);

export type DeliveryOutcome = 'delivered' | 'retry' | 'disable' | 'fail';

export interface ClassifiedDelivery {
  outcome: DeliveryOutcome;
  /** Only for `retry` when the receiver asked for a wait (Retry-After), already capped. */
  delayMs?: number;
  /** Short human explanation for the deliveries log. */
  reason: string;
}

export interface ClassifyOptions {
  now?: number;
  maxRetryAfterMs?: number;
}

/** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfterMs(header: string | undefined, now: number = Date.now()): number | null {
  if (header === undefined) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * SECOND;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function classifyResponse(
  status: number,
  retryAfterHeader?: string,
  options: ClassifyOptions = {},
): ClassifiedDelivery {
  if (status >= 200 && status < 300) return { outcome: 'delivered', reason: `HTTP ${status}` };
  if (status === 410) return { outcome: 'disable', reason: 'HTTP 410 Gone: the receiver retired this endpoint' };
  if (RETRY_AFTER_STATUSES.has(status)) {
    const asked = parseRetryAfterMs(retryAfterHeader, options.now);
    if (asked !== null) {
      const delayMs = Math.min(asked, options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS);
      return { outcome: 'retry', delayMs, reason: `HTTP ${status} with Retry-After ${retryAfterHeader ?? ''}`.trim() };
    }
  }
  return { outcome: 'retry', reason: `HTTP ${status}` };
}

/** Classifies a whole attempt, including the ones that never got a status. */
export function classifyDelivery(result: DeliveryResult, options: ClassifyOptions = {}): ClassifiedDelivery {
  if (result.status !== undefined) return classifyResponse(result.status, result.retryAfter, options);
  const reason = result.error ?? 'no response';
  switch (result.errorKind) {
    case 'invalid-url':
    case 'ssrf-blocked':
      return { outcome: 'fail', reason };
    case 'timeout':
    case 'network':
    case undefined:
      return { outcome: 'retry', reason };
  }
}

export interface NextDelayOptions {
  /** Uniform [0, 1); injected so tests (and replays) are deterministic. */
  random?: () => number;
  /** Spread of the jitter: 0.2 means ±20 %. */
  jitterRatio?: number;
  schedule?: readonly number[];
  /** Total attempts allowed (config WEBHOOK_MAX_ATTEMPTS); beyond the schedule the last delay repeats. */
  maxAttempts?: number;
  /** A wait the receiver asked for (ClassifiedDelivery.delayMs); the delay is never shorter than this. */
  minDelayMs?: number;
}

/**
 * Delay before the next attempt, given how many attempts were already made (1 after the first failure), or null
 * when no attempt is left and the delivery should be marked failed.
 */
export function nextDelayMs(attemptsMade: number, options: NextDelayOptions = {}): number | null {
  const schedule = options.schedule ?? SVIX_RETRY_SCHEDULE_MS;
  const maxAttempts = options.maxAttempts ?? schedule.length;
  if (attemptsMade >= maxAttempts) return null;
  const base = schedule[Math.min(Math.max(attemptsMade, 0), schedule.length - 1)];
  const random = options.random ?? Math.random;
  const jitterRatio = options.jitterRatio ?? 0.2;
  const jittered = Math.round(base * (1 + jitterRatio * (2 * random() - 1)));
  return Math.max(jittered, options.minDelayMs ?? 0);
}
