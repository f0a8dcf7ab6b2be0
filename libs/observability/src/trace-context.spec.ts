import { childTraceparent, parseTraceparent } from './trace-context';

describe('trace context', () => {
  it('keeps the trace id and makes a new span for a child', () => {
    const parent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const child = childTraceparent(parent);
    expect(parseTraceparent(child)?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(parseTraceparent(child)?.spanId).not.toBe('00f067aa0ba902b7');
  });
  it('starts a new trace from nothing or garbage', () => {
    expect(parseTraceparent('garbage')).toBeNull();
    expect(parseTraceparent(childTraceparent(undefined))).not.toBeNull();
    expect(parseTraceparent('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeNull();
  });
});
