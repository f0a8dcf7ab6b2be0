/**
 * The transactional outbox as both sides see it: the database lib stores and leases rows, the messaging lib's
 * relay publishes them. One definition, so the two cannot drift apart.
 */
export interface OutboxMessage {
  id: string;
  /** Logical subject (a key of SUBJECT_SCHEMAS). */
  subject: string;
  /** Stable per row, so a row published twice (crash before markPublished) is stored once. */
  msgId: string;
  payload: unknown;
  headers?: Record<string, string>;
}

export interface OutboxStore {
  /** Claims up to `limit` unpublished messages, oldest first; concurrent relays never get the same row. */
  claimBatch(limit: number): Promise<OutboxMessage[]>;
  /** Marks the messages published; they are never claimed again. */
  markPublished(ids: string[]): Promise<void>;
}
