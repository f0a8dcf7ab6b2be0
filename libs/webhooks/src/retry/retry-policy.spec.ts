import {
  classifyDelivery,
  classifyResponse,
  nextDelayMs,
  parseRetryAfterMs,
  SVIX_RETRY_SCHEDULE_MS,
} from './retry-policy';

describe('retry policy', () => {
  const middle = () => 0.5; // no jitter

  it('follows the Svix schedule and stops after the last attempt', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => nextDelayMs(n, { random: middle }));
    expect(delays).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]);
    expect(nextDelayMs(8, { random: middle })).toBeNull();
    expect(SVIX_RETRY_SCHEDULE_MS[0]).toBe(0);
  });

  it('honours maxAttempts, repeating the last delay beyond the schedule', () => {
    expect(nextDelayMs(3, { random: middle, maxAttempts: 3 })).toBeNull();
    expect(nextDelayMs(9, { random: middle, maxAttempts: 12 })).toBe(36_000_000);
  });

  it('jitters within ±20 % using the injected random', () => {
    expect(nextDelayMs(1, { random: () => 0 })).toBe(4_000);
    expect(nextDelayMs(1, { random: () => 0.999999 })).toBe(6_000);
    expect(nextDelayMs(2, { random: () => 0.25 })).toBe(270_000);
  });

  it('never waits less than the receiver asked', () => {
    expect(nextDelayMs(1, { random: middle, minDelayMs: 120_000 })).toBe(120_000);
    expect(nextDelayMs(3, { random: middle, minDelayMs: 120_000 })).toBe(1_800_000);
  });

  it('classifies statuses the way Svix does', () => {
    expect(classifyResponse(200).outcome).toBe('delivered');
    expect(classifyResponse(204).outcome).toBe('delivered');
    expect(classifyResponse(410).outcome).toBe('disable');
    for (const status of [301, 400, 401, 404, 408, 425, 429, 500, 502, 503]) {
      expect(classifyResponse(status)).toEqual({ outcome: 'retry', reason: `HTTP ${status}` });
    }
  });

  it('honours Retry-After on 429/502/503/504 only, capped', () => {
    expect(classifyResponse(429, '30')).toMatchObject({ outcome: 'retry', delayMs: 30_000 });
    expect(classifyResponse(503, '86400')).toMatchObject({ outcome: 'retry', delayMs: 3_600_000 });
    expect(classifyResponse(504, '86400', { maxRetryAfterMs: 600_000 })).toMatchObject({ delayMs: 600_000 });
    expect(classifyResponse(500, '30').delayMs).toBeUndefined();
    expect(classifyResponse(429, 'soon').delayMs).toBeUndefined();
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);
    expect(classifyResponse(502, 'Wed, 01 Jan 2025 12:02:00 GMT', { now })).toMatchObject({ delayMs: 120_000 });
    expect(parseRetryAfterMs('Wed, 01 Jan 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfterMs(undefined)).toBeNull();
  });

  it('classifies attempts without a status: fix-yourself errors fail, transient ones retry', () => {
    expect(classifyDelivery({ ok: false, errorKind: 'ssrf-blocked', error: 'blocked', durationMs: 1 }).outcome).toBe(
      'fail',
    );
    expect(classifyDelivery({ ok: false, errorKind: 'invalid-url', error: 'bad', durationMs: 1 }).outcome).toBe('fail');
    expect(classifyDelivery({ ok: false, errorKind: 'timeout', error: 'timeout', durationMs: 1 }).outcome).toBe(
      'retry',
    );
    expect(classifyDelivery({ ok: false, errorKind: 'network', error: 'ECONNREFUSED', durationMs: 1 })).toEqual({
      outcome: 'retry',
      reason: 'ECONNREFUSED',
    });
    expect(classifyDelivery({ ok: false, status: 410, durationMs: 1 }).outcome).toBe('disable');
    expect(classifyDelivery({ ok: false, status: 429, retryAfter: '7', durationMs: 1 })).toMatchObject({
      outcome: 'retry',
      delayMs: 7_000,
    });
  });
});
