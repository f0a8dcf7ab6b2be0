// Header names the messaging layer writes and reads, in one place.

/** W3C trace context, copied by hand because the NATS client has no OpenTelemetry instrumentation. */
export const TRACEPARENT_HEADER = 'traceparent';

/** Set by the server from the publish's msgID; used for dedup within the stream's duplicate window. */
export const MSG_ID_HEADER = 'Nats-Msg-Id';

/** Dead-letter headers: enough to understand and replay a message without the consumer's logs. */
export const DEAD_LETTER_HEADERS = {
  reason: 'Marsad-Dlq-Reason',
  error: 'Marsad-Dlq-Error',
  originalSubject: 'Marsad-Dlq-Original-Subject',
  originalMsgId: 'Marsad-Dlq-Original-Msg-Id',
  stream: 'Marsad-Dlq-Stream',
  streamSeq: 'Marsad-Dlq-Stream-Seq',
  consumer: 'Marsad-Dlq-Consumer',
  deliveries: 'Marsad-Dlq-Deliveries',
} as const;

/** Header values are single lines; errors can be long and multi-line. */
export function headerValue(text: string, maxLength = 1000): string {
  const flat = text.replace(/[\r\n]+/g, ' ').trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}
