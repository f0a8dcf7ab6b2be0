// Test material shared by the place specs: where each event of one type is put, and by which rule (attach-place.ts).
import { RuleExtractor, DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../assemble-events';

const all = new RuleExtractor({ minConfidence: 0 });

export interface Placed {
  place: string | null;
  rule: string | null;
}

/** The place and place rule of every event of `type` the extractor reads in an English `body`, at any confidence so
 * that a misplaced event still shows. */
export function placed(body: string, type: string): Placed[] {
  return all
    .explain({ id: 't', body, language: 'en' })
    .filter((e) => e.event.type === type)
    .map((e) => ({ place: e.event.location?.name ?? null, rule: e.explain.placeRule ?? null }));
}

/** The place names of the assembled drafts of `type` (before calibration and its threshold), in text order; dated
 * like the gold of the language (2015 corpus articles, 2025 English texts) unless `publishedAt` is given. */
export function draftPlaces(
  text: string,
  language: 'ar' | 'en',
  type: string,
  publishedAt?: string,
): (string | null)[] {
  const at = publishedAt ?? (language === 'ar' ? '2015-07-22T10:00:00Z' : '2025-07-22T10:00:00Z');
  return assembleEvents({ text, language, publishedAt: at }, DEFAULT_RESOURCES)
    .filter((d) => d.type === type)
    .map((d) => d.place?.name ?? null);
}
