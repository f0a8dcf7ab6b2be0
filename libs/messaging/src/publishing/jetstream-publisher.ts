// Validated, deduplicated JetStream publishing: payloads are checked against the contract before anything is sent.
import type { JetStreamClient } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import type { z } from 'zod';
import { SUBJECT_SCHEMAS, type Subject } from '@marsad/contracts';
import type { MessagingNames } from '../naming/messaging-names';
import { TRACEPARENT_HEADER, headerValue } from './message-headers';

export interface PublishOptions {
  /** Deterministic id (e.g. the article's content hash): a replay within the duplicate window is stored once. */
  msgId: string;
  headers?: Record<string, string>;
  traceparent?: string;
}

export interface PublishResult {
  seq: number;
  duplicate: boolean;
}

/** Thrown before publishing when a payload breaks its subject's contract; nothing reaches the stream. */
export class InvalidPayloadError extends Error {
  constructor(
    readonly subject: string,
    readonly issues: string[],
  ) {
    super(`Invalid payload for ${subject}: ${issues.join('; ')}`);
    this.name = 'InvalidPayloadError';
  }
}

export class UnknownSubjectError extends Error {
  constructor(readonly subject: string) {
    super(`Unknown subject "${subject}": register it with a schema in SUBJECT_SCHEMAS (@marsad/contracts).`);
    this.name = 'UnknownSubjectError';
  }
}

export function isSubject(subject: string): subject is Subject {
  return Object.prototype.hasOwnProperty.call(SUBJECT_SCHEMAS, subject);
}

/** Validates against the subject's schema; returns the parsed value (defaults applied) or throws. */
export function validatePayload(subject: string, payload: unknown): unknown {
  if (!isSubject(subject)) throw new UnknownSubjectError(subject);
  const parsed = SUBJECT_SCHEMAS[subject].safeParse(payload);
  if (!parsed.success) {
    throw new InvalidPayloadError(
      subject,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  return parsed.data;
}

/** What a caller may pass: the schema's input (fields with defaults may be left out). */
export type PublishPayload<S extends Subject> = z.input<(typeof SUBJECT_SCHEMAS)[S]>;

type JetStreamSource = JetStreamClient | (() => JetStreamClient);

export class JetStreamPublisher {
  private readonly encoder = new TextEncoder();

  /** `js` may be a function so a DI container can hand over a client that connects later. */
  constructor(
    private readonly js: JetStreamSource,
    private readonly names: MessagingNames,
  ) {}

  /** Publishes a contract message on its logical subject; returns the stream sequence and whether it was a duplicate. */
  publish<S extends Subject>(subject: S, payload: PublishPayload<S>, options: PublishOptions): Promise<PublishResult> {
    return this.publishUnchecked(subject, payload, options);
  }

  /** Same checks at run time only, for callers holding a subject as data (the outbox relay). */
  async publishUnchecked(subject: string, payload: unknown, options: PublishOptions): Promise<PublishResult> {
    if (!options.msgId) throw new Error(`Publishing to ${subject} needs a msgId for deduplication.`);
    const data = validatePayload(subject, payload);
    const hdrs = natsHeaders();
    for (const [key, value] of Object.entries(options.headers ?? {})) hdrs.set(key, headerValue(value));
    if (options.traceparent) hdrs.set(TRACEPARENT_HEADER, options.traceparent);
    const client = typeof this.js === 'function' ? this.js() : this.js;
    const ack = await client.publish(this.names.subject(subject), this.encoder.encode(JSON.stringify(data)), {
      msgID: options.msgId,
      headers: hdrs,
    });
    return { seq: ack.seq, duplicate: ack.duplicate };
  }
}
