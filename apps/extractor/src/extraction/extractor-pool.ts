/**
 * Several rule-extractor worker threads behind one EventExtractor: each article goes to the worker with the fewest
 * articles waiting, so a host with N cores reads N articles at once (EXTRACTION_WORKERS, with the JetStream consumer
 * taking as many deliveries at a time). Every member keeps its own budget and replaces itself when it dies, so one
 * runaway article stalls only its own worker.
 */
import type { MarsadEvent } from '@marsad/contracts';
import type { EventExtractor, ExtractInput } from '@marsad/extraction';

/** A pool member: an extractor that can be shut down (WorkerExtractor). */
export interface ClosableExtractor extends EventExtractor {
  close(): Promise<void>;
}

export class ExtractorPool implements EventExtractor {
  readonly name: string;
  readonly version: string;
  private readonly pending: number[];

  constructor(private readonly members: ClosableExtractor[]) {
    if (members.length === 0) throw new Error('an extractor pool needs at least one member');
    this.name = members[0].name;
    this.version = members[0].version;
    this.pending = members.map(() => 0);
  }

  get size(): number {
    return this.members.length;
  }

  /** Articles each member has been given and not yet answered, in member order. */
  load(): number[] {
    return [...this.pending];
  }

  async extract(article: ExtractInput): Promise<MarsadEvent[]> {
    let pick = 0;
    for (let i = 1; i < this.pending.length; i++) if (this.pending[i] < this.pending[pick]) pick = i;
    this.pending[pick]++;
    try {
      return await this.members[pick].extract(article);
    } finally {
      this.pending[pick]--;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.members.map((m) => m.close()));
  }

  /** NestJS calls this on shutdown. */
  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}
