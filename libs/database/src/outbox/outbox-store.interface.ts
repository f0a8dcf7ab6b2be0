// The outbox as the messaging lib's relay sees it; libs/messaging declares the same shape structurally.

export interface ClaimedOutboxMessage {
  id: string;
  subject: string;
  msgId: string;
  payload: unknown;
  headers?: Record<string, string>;
}

export interface OutboxStore {
  /** Claims up to `limit` unpublished messages, oldest first; concurrent relays never get the same row. */
  claimBatch(limit: number): Promise<ClaimedOutboxMessage[]>;
  /** Marks the messages published; they are never claimed again. */
  markPublished(ids: string[]): Promise<void>;
}

export interface OutboxEnqueueInput {
  subject: string;
  msgId: string;
  payload: unknown;
  headers?: Record<string, string>;
  tenantId?: string;
}
