// Handles one JetStream delivery end to end: decode, validate, run the handler, then ack, nak(delay) or dead-letter.
import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import type { MsgHdrs } from '@nats-io/nats-core';
import type { z } from 'zod';
import type { MessagingLogger } from '../logging/messaging-logger';
import type { MessagingNames } from '../naming/messaging-names';
import { MSG_ID_HEADER, TRACEPARENT_HEADER } from '../publishing/message-headers';
import { publishDeadLetter, type DeadLetter } from './dead-letter';
import { backoffDelay, decideAfterFailure, errorMessage, type DeliveryOutcome } from './delivery-decision';

/** What a handler learns about the delivery besides the payload. */
export interface MessageContext {
  /** Logical subject, e.g. `articles.ingested`. */
  subject: string;
  deliveryCount: number;
  streamSequence: number;
  msgId: string | undefined;
  traceparent: string | undefined;
  headers: Readonly<Record<string, string>>;
}

export type MessageHandler<T> = (payload: T, context: MessageContext) => Promise<void>;

export interface DeliveryPolicy<T> {
  js: JetStreamClient;
  names: MessagingNames;
  schema: z.ZodType<T>;
  handler: MessageHandler<T>;
  maxDeliver: number;
  backoffMs: readonly number[];
  ackWaitMs: number;
  logger: MessagingLogger;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

type Decoded<T> = { ok: true; payload: T } | { ok: false; deadLetter: DeadLetter };

export function decodeDelivery<T>(data: Uint8Array, schema: z.ZodType<T>): Decoded<T> {
  let json: unknown;
  try {
    json = JSON.parse(utf8.decode(data));
  } catch (err) {
    return { ok: false, deadLetter: { reason: 'invalid-json', error: errorMessage(err) } };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, payload: parsed.data };
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  return { ok: false, deadLetter: { reason: 'invalid-payload', error: issues } };
}

function contextOf(msg: JsMsg, names: MessagingNames): MessageContext {
  // Typed explicitly: with this repo's node10 module resolution the client's own MsgHdrs type does not resolve.
  const hdrs: MsgHdrs | undefined = msg.headers;
  const headers: Record<string, string> = {};
  for (const key of hdrs?.keys() ?? []) headers[key] = hdrs?.get(key) ?? '';
  return {
    subject: names.logicalSubject(msg.subject),
    deliveryCount: msg.info.deliveryCount,
    streamSequence: msg.info.streamSequence,
    msgId: headers[MSG_ID_HEADER],
    traceparent: headers[TRACEPARENT_HEADER],
    headers,
  };
}

/**
 * The consumer's server-side max_deliver is one more than `maxDeliver`: the handler runs at most `maxDeliver`
 * times, and the spare delivery exists only to dead-letter a message whose last attempt never finished (worker
 * crash, ack timeout, failed dead-letter publish) instead of letting the server drop it silently.
 */
export async function processDelivery<T>(msg: JsMsg, policy: DeliveryPolicy<T>): Promise<void> {
  const { logger } = policy;
  const where = { subject: msg.subject, seq: msg.info.streamSequence, deliveries: msg.info.deliveryCount };
  try {
    const outcome = await runHandler(msg, policy);
    switch (outcome.kind) {
      case 'ack':
        if (!(await msg.ackAck())) logger.warn(where, 'ack not confirmed; the message may be redelivered');
        return;
      case 'retry':
        logger.warn({ ...where, delayMs: outcome.delayMs }, 'handler failed; redelivery scheduled');
        msg.nak(outcome.delayMs);
        return;
      case 'dead-letter':
        await deadLetter(msg, policy, outcome);
        return;
    }
  } catch (err) {
    // Only infrastructure can land here (ack, nak or dead-letter publish failed): let the server redeliver.
    logger.error({ ...where, error: errorMessage(err) }, 'could not settle the message; it will be redelivered');
    safely(() => msg.nak(backoffDelay(policy.backoffMs, msg.info.deliveryCount)));
  }
}

async function runHandler<T>(msg: JsMsg, policy: DeliveryPolicy<T>): Promise<DeliveryOutcome> {
  const decoded = decodeDelivery(msg.data, policy.schema);
  if (!decoded.ok) return { kind: 'dead-letter', ...decoded.deadLetter };
  if (msg.info.deliveryCount > policy.maxDeliver) {
    return {
      kind: 'dead-letter',
      reason: 'handler-failed',
      error: 'delivery limit reached: the last attempt did not finish',
    };
  }
  // Long handlers keep their lease, so a slow message is not redelivered to a second worker while still running.
  const heartbeat = setInterval(() => safely(() => msg.working()), Math.max(250, policy.ackWaitMs / 2));
  try {
    await policy.handler(decoded.payload, contextOf(msg, policy.names));
    return { kind: 'ack' };
  } catch (err) {
    return decideAfterFailure(err, msg.info.deliveryCount, policy.maxDeliver, policy.backoffMs);
  } finally {
    clearInterval(heartbeat);
  }
}

async function deadLetter<T>(msg: JsMsg, policy: DeliveryPolicy<T>, letter: DeadLetter): Promise<void> {
  const seq = await publishDeadLetter(policy.js, policy.names, msg, letter);
  // Terminate only after the dead letter is stored: a crash in between redelivers, and the dlq msgID dedups.
  msg.term();
  policy.logger.error(
    { subject: msg.subject, seq: msg.info.streamSequence, deliveries: msg.info.deliveryCount, dlqSeq: seq, ...letter },
    'message dead-lettered',
  );
}

function safely(action: () => void): void {
  try {
    action();
  } catch {
    // The connection is closing; the server redelivers after ack_wait.
  }
}
