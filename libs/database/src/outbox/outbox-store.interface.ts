// What a caller hands the outbox; the stored and claimed shapes are the shared contract in @marsad/contracts.
import type { OutboxMessage, OutboxStore } from '@marsad/contracts';

export type ClaimedOutboxMessage = OutboxMessage;
export type { OutboxStore };

export interface OutboxEnqueueInput {
  subject: string;
  msgId: string;
  payload: unknown;
  headers?: Record<string, string>;
  tenantId?: string;
}
