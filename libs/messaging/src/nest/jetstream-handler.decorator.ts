// Marks a provider method as the handler of one subject for one durable consumer; MessagingModule starts it.
import { SetMetadata } from '@nestjs/common';
import type { PayloadOf, Subject } from '@marsad/contracts';
import type { MessageContext } from '../consuming/process-delivery';

export interface JetStreamHandlerOptions<S extends Subject = Subject> {
  /** Logical subject from @marsad/contracts; its schema validates every delivery. */
  subject: S;
  /** Durable consumer name shared by all replicas of the app. */
  durable: string;
  /** Handler attempts before dead-lettering (default: config nats.maxDeliver). */
  maxDeliver?: number;
  backoffMs?: number[];
  concurrency?: number;
  ackWaitMs?: number;
}

export const JETSTREAM_HANDLER = Symbol('JETSTREAM_HANDLER');

type HandlerMethod<S extends Subject> = (payload: PayloadOf<S>, context: MessageContext) => Promise<void>;

/** The method's payload type is checked against the subject's contract at compile time. */
export function JetStreamHandler<S extends Subject>(options: JetStreamHandlerOptions<S>) {
  return <M extends HandlerMethod<S>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    SetMetadata(JETSTREAM_HANDLER, options)(target, key, descriptor);
  };
}
