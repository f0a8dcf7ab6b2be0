// Per-rule alert throttle as a pure function: the caller supplies the times of the rule's recent alerts (from the
// database or Redis) and gets a decision, so the policy is testable without a clock or a store.
import type { Throttle } from '../schema/watch-rule.schema';

export type ThrottleDecision =
  | { allowed: true; /** Alerts still allowed in the current window after this one. */ remaining: number }
  | { allowed: false; /** When the oldest alert in the window leaves it. */ retryAfterMs: number; windowCount: number };

const millis = (time: number | Date) => (typeof time === 'number' ? time : time.getTime());

/**
 * Sliding window: at most `maxAlerts` alerts in any `perSeconds` window ending now. Timestamps may be unsorted and
 * may include ones outside the window; `null`/`undefined` throttle means unlimited.
 */
export function throttleDecision(
  throttle: Throttle | null | undefined,
  recentAlertTimestamps: readonly (number | Date)[],
  now: number | Date,
): ThrottleDecision {
  if (!throttle) return { allowed: true, remaining: Number.POSITIVE_INFINITY };
  const nowMs = millis(now);
  const windowMs = throttle.perSeconds * 1000;
  const inWindow = recentAlertTimestamps
    .map(millis)
    .filter((t) => t > nowMs - windowMs && t <= nowMs)
    .sort((a, b) => a - b);
  if (inWindow.length < throttle.maxAlerts) {
    return { allowed: true, remaining: throttle.maxAlerts - inWindow.length - 1 };
  }
  // The window frees up when enough of the oldest alerts have aged out to leave room for one more.
  const blocking = inWindow[inWindow.length - throttle.maxAlerts];
  return { allowed: false, retryAfterMs: blocking + windowMs - nowMs, windowCount: inWindow.length };
}
