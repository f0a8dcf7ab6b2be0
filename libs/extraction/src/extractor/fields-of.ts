// For specs: one field of every event of one type that the rule extractor, threshold off, reads in a short text —
// `const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z'); actorsOf(body, 'ASSAULT')`.
import type { MarsadEvent } from '@marsad/contracts';
import { RuleExtractor } from './rule-extractor';

const everything = new RuleExtractor({ minConfidence: 0 });

export const actorName = (e: MarsadEvent): string | null => e.actor?.name ?? null;
export const placeName = (e: MarsadEvent): string | null => e.location?.name ?? null;

/** A reader of `read(event)` for the events of `type` in `body`, written in `language` on `publishedAt`. */
export const fieldsOf =
  <T>(read: (e: MarsadEvent) => T, language: string, publishedAt: string) =>
  (body: string, type: string): T[] =>
    everything
      .extract({ id: 't', body, language, publishedAt })
      .filter((e) => e.type === type)
      .map(read);
