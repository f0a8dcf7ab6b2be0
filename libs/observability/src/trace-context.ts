/**
 * W3C trace context carried through NATS headers and job data by hand: there is no OpenTelemetry
 * instrumentation for the NATS client, so each hop copies `traceparent` from what it received.
 */
import { randomBytes } from 'node:crypto';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

export interface TraceContext {
  traceId: string;
  spanId: string;
  flags: string;
}

export function parseTraceparent(value: string | undefined | null): TraceContext | null {
  const m = value ? TRACEPARENT.exec(value.trim()) : null;
  if (!m || /^0+$/.test(m[1]) || /^0+$/.test(m[2])) return null;
  return { traceId: m[1], spanId: m[2], flags: m[3] };
}

/** A child span of the given parent, or a new trace when there is none. */
export function childTraceparent(parent: string | undefined | null): string {
  const ctx = parseTraceparent(parent);
  const traceId = ctx?.traceId ?? randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return `00-${traceId}-${spanId}-${ctx?.flags ?? '01'}`;
}
