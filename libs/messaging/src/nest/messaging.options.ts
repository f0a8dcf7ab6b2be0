// Options of MessagingModule.forRoot and the token they are provided under.
import type { AppConfig } from '@marsad/config';
import type { MessagingLogger } from '../logging/messaging-logger';
import type { StreamPolicy } from '../provisioning/ensure-streams';

export type MessagingModuleOptions = AppConfig['nats'] & {
  /** Connection name shown by the NATS server (`nats server report connections`), e.g. 'extractor'. */
  clientName: string;
  /** Nak delays used by handlers that do not set their own (attempt 1, 2, ...; the last repeats). */
  defaultBackoffMs?: number[];
  streamPolicy?: StreamPolicy;
  /** Deliveries in flight per durable consumer (by durable name) for handlers that set no concurrency of their
   * own: a deployment's setting, such as the extractor's worker threads. Default 1. */
  consumerConcurrency?: Record<string, number>;
  /** pino or any pino-shaped logger; defaults to Nest's Logger. */
  logger?: MessagingLogger;
};

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export const DEFAULT_BACKOFF_MS = [1_000, 5_000, 30_000, 120_000];
