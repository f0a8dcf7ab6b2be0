// Pure rules for what to do with a delivery after its handler ran: ack, retry later, or dead-letter.
import { RetryLaterError } from './retry-later.error';
import { UnrecoverableError } from './unrecoverable.error';

export type DeliveryOutcome =
  | { kind: 'ack' }
  | { kind: 'retry'; delayMs: number }
  | { kind: 'dead-letter'; reason: DeadLetterReason; error: string };

export type DeadLetterReason = 'invalid-json' | 'invalid-payload' | 'handler-failed';

/**
 * Delay before the next attempt after the `deliveryCount`-th delivery failed: backoffMs[deliveryCount - 1],
 * the last entry once the list runs out, 0 when the list is empty.
 */
export function backoffDelay(backoffMs: readonly number[], deliveryCount: number): number {
  if (backoffMs.length === 0) return 0;
  const index = Math.min(Math.max(deliveryCount, 1), backoffMs.length) - 1;
  return Math.max(0, backoffMs[index] ?? 0);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
}

/**
 * A failed handler gets another attempt unless this was the last delivery the consumer allows, or the handler
 * declared the message unrecoverable; then the message goes to the dead-letter subject, because a nak on the last
 * delivery would make the server drop it silently.
 */
export function decideAfterFailure(
  error: unknown,
  deliveryCount: number,
  maxDeliver: number,
  backoffMs: readonly number[],
): DeliveryOutcome {
  if (deliveryCount >= maxDeliver || error instanceof UnrecoverableError) {
    return { kind: 'dead-letter', reason: 'handler-failed', error: errorMessage(error) };
  }
  if (error instanceof RetryLaterError) return { kind: 'retry', delayMs: Math.max(0, error.delayMs) };
  return { kind: 'retry', delayMs: backoffDelay(backoffMs, deliveryCount) };
}
