// What WorkerExtractor and its worker thread (extraction.worker.ts) say to each other: one article at a time.
import type { MarsadEvent } from '@marsad/contracts';
import type { ExtractInput } from '@marsad/extraction';

export interface WorkerRequest {
  article: ExtractInput;
}

export type WorkerReply =
  { kind: 'ready' } | { kind: 'events'; events: MarsadEvent[] } | { kind: 'failed'; error: string };
