// Creates or updates a durable pull consumer with explicit acks and bounded redelivery.
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  ReplayPolicy,
  type ConsumerConfig,
  type ConsumerInfo,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';

export interface DurableConsumerSpec {
  stream: string;
  durable: string;
  /** Physical subject the consumer filters on. */
  filterSubject: string;
  maxDeliver: number;
  /** How long the server waits for an ack before redelivering (a crashed or stuck worker). */
  ackWaitMs: number;
  /**
   * Server-side redelivery delays after ack timeouts. The server then uses backoff[n] *instead of* ack_wait,
   * so keep these at least as long as a handler may run. Trimmed to maxDeliver - 1 entries (a server rule).
   */
  ackTimeoutBackoffMs?: number[];
  /** Unacked messages in flight across all replicas. */
  maxAckPending?: number;
}

const DURABLE_PATTERN = /^[A-Za-z0-9_-]+$/;

export function consumerSettings(spec: DurableConsumerSpec): Partial<ConsumerConfig> & { durable_name: string } {
  if (!DURABLE_PATTERN.test(spec.durable)) {
    throw new Error(`Invalid durable name "${spec.durable}": letters, digits, '_' and '-' only.`);
  }
  const backoff = (spec.ackTimeoutBackoffMs ?? []).slice(0, Math.max(0, spec.maxDeliver - 1));
  return {
    durable_name: spec.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    replay_policy: ReplayPolicy.Instant,
    filter_subject: spec.filterSubject,
    max_deliver: spec.maxDeliver,
    ack_wait: nanos(spec.ackWaitMs),
    ...(backoff.length ? { backoff: backoff.map(nanos) } : {}),
    max_ack_pending: spec.maxAckPending ?? 1000,
  };
}

/** Idempotent: adds the durable when missing, otherwise updates its mutable settings. */
export async function ensureConsumer(jsm: JetStreamManager, spec: DurableConsumerSpec): Promise<ConsumerInfo> {
  const settings = consumerSettings(spec);
  try {
    await jsm.consumers.info(spec.stream, spec.durable);
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === JetStreamApiCodes.ConsumerNotFound)) throw err;
    return jsm.consumers.add(spec.stream, settings);
  }
  const { durable_name, ack_policy: _a, deliver_policy: _d, replay_policy: _r, ...updatable } = settings;
  return jsm.consumers.update(spec.stream, durable_name, updatable);
}
