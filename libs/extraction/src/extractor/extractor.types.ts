// The extractor contract: every implementation (rules, LLM, fallback chain) turns one article into events.
import type { MarsadEvent } from '@marsad/contracts';
import type { EventTrace } from '../assemble/assemble.types';

export interface ExtractInput {
  id: string;
  title?: string;
  body: string;
  publishedAt?: string;
  language?: string;
}

export interface EventExtractor {
  readonly name: string;
  readonly version: string;
  extract(article: ExtractInput): Promise<MarsadEvent[]> | MarsadEvent[];
}

/** What the confidence model saw and said (calibration/): its features, probability and the threshold used. */
export interface CalibrationTrace {
  probability: number;
  threshold: number;
  features: Record<string, number>;
}

/** An event with the reasons it was produced (--explain). */
export interface ExplainedEvent {
  event: MarsadEvent;
  explain: EventTrace & { calibration?: CalibrationTrace };
}
