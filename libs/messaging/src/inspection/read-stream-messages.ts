// Reads stored messages back from a stream by sequence: for inspecting dead letters and for test assertions.
import type { JetStreamManager } from '@nats-io/jetstream';
import type { MsgHdrs } from '@nats-io/nats-core';

export interface StoredMessage {
  seq: number;
  subject: string;
  headers: Record<string, string>;
  /** The payload as UTF-8 text (dead letters may hold malformed bytes; those are replaced, not thrown on). */
  text: string;
}

export interface ReadStreamOptions {
  fromSeq?: number;
  limit?: number;
}

/** Up to `limit` messages from `fromSeq` on, skipping deleted sequences. */
export async function readStreamMessages(
  jsm: JetStreamManager,
  stream: string,
  options: ReadStreamOptions = {},
): Promise<StoredMessage[]> {
  const { state } = await jsm.streams.info(stream);
  const limit = options.limit ?? 100;
  const out: StoredMessage[] = [];
  if (state.messages === 0) return out;
  const decoder = new TextDecoder();
  for (let seq = Math.max(options.fromSeq ?? 1, state.first_seq); seq <= state.last_seq && out.length < limit; seq++) {
    const stored = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (!stored) continue;
    const hdrs: MsgHdrs | undefined = stored.header;
    const headers: Record<string, string> = {};
    for (const key of hdrs?.keys() ?? []) headers[key] = hdrs?.get(key) ?? '';
    out.push({ seq: stored.seq, subject: stored.subject, headers, text: decoder.decode(stored.data) });
  }
  return out;
}
