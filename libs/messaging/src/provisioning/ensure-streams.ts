// Creates or updates the contract streams at start, so every app can boot against an empty or an older server.
import {
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
  type StreamInfo,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';
import type { MessagingNames, StreamKey, StreamSpec } from '../naming/messaging-names';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface StreamPolicy {
  /** How long a message id is remembered for server-side dedup (`Nats-Msg-Id`). */
  duplicateWindowMs: number;
  /** How long messages are kept; work streams are replayable for a week, dead letters for a month. */
  maxAgeMs: Record<StreamKey, number>;
  /** Replicas: 1 on a single server, 3 on a production cluster. */
  replicas: number;
}

export const DEFAULT_STREAM_POLICY: StreamPolicy = {
  duplicateWindowMs: 2 * MINUTE,
  maxAgeMs: { articles: 7 * DAY, events: 7 * DAY, control: 7 * DAY, deadLetters: 30 * DAY },
  replicas: 1,
};

/** The settings we own on a stream; everything else is left as the server or an operator set it. */
export function streamSettings(spec: StreamSpec, policy: StreamPolicy): Partial<StreamConfig> & { name: string } {
  return {
    name: spec.name,
    subjects: spec.subjects,
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: nanos(policy.maxAgeMs[spec.key]),
    duplicate_window: nanos(policy.duplicateWindowMs),
    num_replicas: policy.replicas,
  };
}

const isApiError = (err: unknown, code: number): boolean => err instanceof JetStreamApiError && err.code === code;

/** Idempotent: adds a missing stream, updates an existing one to our settings (storage cannot change in place). */
export async function ensureStream(
  jsm: JetStreamManager,
  spec: StreamSpec,
  policy = DEFAULT_STREAM_POLICY,
): Promise<StreamInfo> {
  const settings = streamSettings(spec, policy);
  try {
    await jsm.streams.info(spec.name);
  } catch (err) {
    if (!isApiError(err, JetStreamApiCodes.StreamNotFound)) throw err;
    try {
      return await jsm.streams.add(settings);
    } catch (addErr) {
      // Another replica created it between our info and add: fall through to update.
      if (!(addErr instanceof JetStreamApiError)) throw addErr;
    }
  }
  const { name, storage: _storage, ...updatable } = settings;
  return jsm.streams.update(name, updatable);
}

/** Ensures all four contract streams (ARTICLES, EVENTS, CONTROL, DEAD_LETTERS) under the names' prefix. */
export async function ensureStreams(
  jsm: JetStreamManager,
  names: MessagingNames,
  policy: StreamPolicy = DEFAULT_STREAM_POLICY,
): Promise<StreamInfo[]> {
  const infos: StreamInfo[] = [];
  for (const spec of names.streams()) infos.push(await ensureStream(jsm, spec, policy));
  return infos;
}
