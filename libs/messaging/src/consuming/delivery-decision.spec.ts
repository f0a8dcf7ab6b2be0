import { backoffDelay, decideAfterFailure, errorMessage } from './delivery-decision';
import { RetryLaterError } from './retry-later.error';
import { UnrecoverableError } from './unrecoverable.error';

describe('backoffDelay', () => {
  it('picks the entry for the failed attempt', () => {
    expect(backoffDelay([10, 20, 40], 1)).toBe(10);
    expect(backoffDelay([10, 20, 40], 2)).toBe(20);
    expect(backoffDelay([10, 20, 40], 3)).toBe(40);
  });

  it('keeps the last entry once the list runs out', () => {
    expect(backoffDelay([10, 20], 9)).toBe(20);
  });

  it('is immediate without a schedule', () => {
    expect(backoffDelay([], 3)).toBe(0);
  });

  it('treats a nonsense delivery count as the first attempt', () => {
    expect(backoffDelay([10, 20], 0)).toBe(10);
  });
});

describe('decideAfterFailure', () => {
  it('retries with the backoff delay before the last delivery', () => {
    expect(decideAfterFailure(new Error('boom'), 2, 5, [5, 50, 500])).toEqual({ kind: 'retry', delayMs: 50 });
  });

  it('honours the delay a handler asks for', () => {
    expect(decideAfterFailure(new RetryLaterError(1234), 1, 5, [5])).toEqual({ kind: 'retry', delayMs: 1234 });
  });

  it('dead-letters on the last delivery, even when asked to retry', () => {
    expect(decideAfterFailure(new Error('boom'), 3, 3, [5])).toEqual({
      kind: 'dead-letter',
      reason: 'handler-failed',
      error: 'boom',
    });
    expect(decideAfterFailure(new RetryLaterError(10), 3, 3, [5]).kind).toBe('dead-letter');
  });

  it('dead-letters an unrecoverable failure on its first delivery', () => {
    expect(decideAfterFailure(new UnrecoverableError('too slow'), 1, 5, [5])).toEqual({
      kind: 'dead-letter',
      reason: 'handler-failed',
      error: 'too slow',
    });
  });
});

describe('errorMessage', () => {
  it('describes errors, strings and other values', () => {
    expect(errorMessage(new TypeError('bad'))).toBe('bad');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage({ code: 7 })).toBe('{"code":7}');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
