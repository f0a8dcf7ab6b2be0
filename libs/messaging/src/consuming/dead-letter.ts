// Moves a message that cannot be processed to `dlq.<subject>`, keeping its bytes and saying why, so it can be replayed.
import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';
import type { MessagingNames } from '../naming/messaging-names';
import { DEAD_LETTER_HEADERS, MSG_ID_HEADER, TRACEPARENT_HEADER, headerValue } from '../publishing/message-headers';
import type { DeadLetterReason } from './delivery-decision';

export interface DeadLetter {
  reason: DeadLetterReason;
  error: string;
}

/**
 * Publishes the original payload to the dead-letter subject and waits for the PubAck. The msgID is derived from
 * the original stream position, so a dead letter written twice (crash before term) is stored once.
 */
export async function publishDeadLetter(
  js: JetStreamClient,
  names: MessagingNames,
  msg: JsMsg,
  deadLetter: DeadLetter,
): Promise<number> {
  const original = names.logicalSubject(msg.subject);
  const hdrs = natsHeaders();
  hdrs.set(DEAD_LETTER_HEADERS.reason, deadLetter.reason);
  hdrs.set(DEAD_LETTER_HEADERS.error, headerValue(deadLetter.error) || 'unknown error');
  hdrs.set(DEAD_LETTER_HEADERS.originalSubject, original);
  hdrs.set(DEAD_LETTER_HEADERS.stream, msg.info.stream);
  hdrs.set(DEAD_LETTER_HEADERS.streamSeq, String(msg.info.streamSequence));
  hdrs.set(DEAD_LETTER_HEADERS.consumer, msg.info.consumer);
  hdrs.set(DEAD_LETTER_HEADERS.deliveries, String(msg.info.deliveryCount));
  const received: MsgHdrs | undefined = msg.headers;
  const originalMsgId = received?.get(MSG_ID_HEADER);
  if (originalMsgId) hdrs.set(DEAD_LETTER_HEADERS.originalMsgId, originalMsgId);
  const traceparent = received?.get(TRACEPARENT_HEADER);
  if (traceparent) hdrs.set(TRACEPARENT_HEADER, traceparent);

  const ack = await js.publish(names.deadLetter(original), msg.data, {
    msgID: `dlq:${msg.info.stream}:${msg.info.consumer}:${msg.info.streamSequence}`,
    headers: hdrs,
  });
  return ack.seq;
}
