// Test material shared by the place specs: where the extractor puts each event of one type in an English text, and
// by which rule (attach-place.ts), read at any confidence so that a misplaced event still shows.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

export interface Placed {
  place: string | null;
  rule: string | null;
}

/** The place and place rule of every event of `type` read in an English `body`. */
export function placed(body: string, type: string): Placed[] {
  return all
    .explain({ id: 't', body, language: 'en' })
    .filter((e) => e.event.type === type)
    .map((e) => ({ place: e.event.location?.name ?? null, rule: e.explain.placeRule ?? null }));
}
