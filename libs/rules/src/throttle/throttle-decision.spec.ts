import { throttleDecision } from './throttle-decision';

describe('throttleDecision', () => {
  const now = Date.UTC(2015, 7, 1, 12, 0, 0);
  const throttle = { maxAlerts: 2, perSeconds: 60 };

  it('allows everything without a throttle', () => {
    expect(throttleDecision(null, [now, now, now], now)).toEqual({ allowed: true, remaining: Infinity });
  });

  it('allows while the window has room and counts what is left', () => {
    expect(throttleDecision(throttle, [], now)).toEqual({ allowed: true, remaining: 1 });
    expect(throttleDecision(throttle, [now - 10_000], now)).toEqual({ allowed: true, remaining: 0 });
  });

  it('ignores alerts that left the window', () => {
    expect(throttleDecision(throttle, [now - 60_000, now - 90_000, now - 5_000], new Date(now))).toEqual({
      allowed: true,
      remaining: 0,
    });
  });

  it('blocks a full window and says when the next alert fits', () => {
    const decision = throttleDecision(throttle, [now - 5_000, now - 50_000, now - 20_000], now);
    // Three in the window, two allowed: room appears when the second oldest (now - 20 s) ages out, in 40 s.
    expect(decision).toEqual({ allowed: false, retryAfterMs: 40_000, windowCount: 3 });
  });

  it('accepts Date timestamps', () => {
    expect(throttleDecision(throttle, [new Date(now - 1_000), new Date(now - 2_000)], now)).toEqual({
      allowed: false,
      retryAfterMs: 58_000,
      windowCount: 2,
    });
  });
});
