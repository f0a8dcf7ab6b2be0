// The default extractor: language id, then rule-based assembly and merging, mapped onto the Event contract.
import type { MarsadEvent } from '@marsad/contracts';
import { findActors } from '../actors';
import { getActorStore } from '../actors/actor-store';
import { actorAliases } from '../assemble/actors/actor-aliases';
import { assembleEvents } from '../assemble/assemble-events';
import type { DraftEvent, Resources } from '../assemble/assemble.types';
import { lendMeetingParties } from '../assemble/actors/meeting-parties';
import { lendMeetingVenue } from '../assemble/places/meeting-venue';
import { mergeEvents } from '../assemble/merge/merge-events';
import { TEXT_ACTOR_PREFIX } from '../assemble/clause/raw-subject';
import { candidateFeatures } from '../calibration/features';
import { readTitle } from '../calibration/title-cues';
import { bundledCalibration, calibratedConfidence, thresholdFor, type CalibrationModel } from '../calibration/model';
import { findPlaces, placeById } from '../gazetteer';
import { detectLanguage } from '../language/detect-language';
import { foldPresentationForms } from '../text/normalize';
import { capitalVenues } from './capital-venue';
import { eventId } from './event-id';
import { cameDuringVenues } from './came-during-venue';
import { rememberingPlaces } from './remembered-places';
import { separateHappenings } from './separate-happenings';
import { storyCities } from './story-city';
import { lendTitleToll, readTitleToll } from './title-toll';
import type { EventExtractor, ExplainedEvent, ExtractInput } from './extractor.types';

export const RULE_EXTRACTOR_NAME = 'marsad-rules';
export const RULE_EXTRACTOR_VERSION = '0.1.0';

/** With calibration off, events whose hand-set score (assemble-events.ts) is below this are dropped: F1 on the
 * train splits peaks near 0.65. With calibration on, the model's own per-language threshold applies instead. */
export const DEFAULT_MIN_CONFIDENCE = 0.65;
export const DEFAULT_RESOURCES: Resources = {
  findPlaces,
  findActors,
  countryPlace: (cc) => placeById(`country:${cc}`) ?? null,
};

/** A country's state actor from the dictionary. */
const stateOf = (cc: string) => getActorStore().byId.get(`state:${cc}`) ?? null;

export interface RuleExtractorOptions {
  resources?: Resources;
  /** Drop events whose confidence is below this (0 keeps everything). Default: the calibration model's threshold
   * for the article's language, or DEFAULT_MIN_CONFIDENCE when calibration is off. */
  minConfidence?: number;
  /** The confidence model (default: the bundled data/calibration.json); false keeps the hand-set scores. */
  calibration?: CalibrationModel | false;
}

function toEvent(d: DraftEvent, articleId: string, language: string, confidence: number): MarsadEvent {
  const actor = (a: DraftEvent['actor'], surface: string | null) =>
    a
      ? a.id.startsWith(TEXT_ACTOR_PREFIX)
        ? { name: a.name, id: null, kind: null, country: null, aliases: [a.name] }
        : { name: a.name, id: a.id, kind: a.kind, country: a.country, aliases: actorAliases(a, surface) }
      : null;
  return {
    id: eventId(articleId, d.type, d.evidence.start, d.evidence.end),
    articleId,
    type: d.type,
    mode: d.mode,
    actor: actor(d.actor, d.actorSurface),
    target: actor(d.target, d.targetSurface),
    location: d.place
      ? {
          name: d.place.name,
          country: d.place.country,
          lat: d.place.lat,
          lon: d.place.lon,
          admin1: d.place.admin1,
          geonameId: d.place.geonameId,
        }
      : null,
    date: d.date,
    killed: d.killed,
    injured: d.injured,
    size: d.size,
    negated: d.negated,
    attribution: d.attribution,
    evidence: d.evidence,
    language,
    confidence,
    extractor: { name: RULE_EXTRACTOR_NAME, version: RULE_EXTRACTOR_VERSION },
  };
}

export class RuleExtractor implements EventExtractor {
  readonly name = RULE_EXTRACTOR_NAME;
  readonly version = RULE_EXTRACTOR_VERSION;
  private readonly resources: Resources;
  private readonly minConfidence: number | undefined;
  private readonly calibration: CalibrationModel | null;

  constructor(options: RuleExtractorOptions = {}) {
    this.resources = options.resources ?? DEFAULT_RESOURCES;
    this.minConfidence = options.minConfidence;
    this.calibration = options.calibration === false ? null : (options.calibration ?? bundledCalibration());
  }

  extract(article: ExtractInput): MarsadEvent[] {
    return this.explain(article).map((e) => e.event);
  }

  /** Like extract, with the triggers, patterns and actor/place choices behind each event. */
  explain(article: ExtractInput): ExplainedEvent[] {
    const text = foldPresentationForms(article.body);
    const language = article.language?.slice(0, 2).toLowerCase() || detectLanguage(text).language;
    const model = this.calibration;
    const named = rememberingPlaces(this.resources);
    const title = article.title ? foldPresentationForms(article.title) : undefined;
    // Read before the body, so that the body stays the text tokenized last (the gazetteer reuses its word spans).
    const headline = model ? readTitle(title, language, named) : null;
    const titleToll = readTitleToll(title, language, this.resources);
    const drafts = assembleEvents({ text, language, publishedAt: article.publishedAt }, this.resources);
    const seen = new Map<string, DraftEvent[]>(); // the events kept from each span
    const out: ExplainedEvent[] = [];
    const merged = lendMeetingVenue(mergeEvents(drafts));
    lendTitleToll(merged, titleToll);
    const threshold = this.minConfidence ?? (model ? thresholdFor(model, language) : DEFAULT_MIN_CONFIDENCE);
    const context = model ? { language, events: merged, title: headline } : null;
    // The hand-set score still ranks mentions inside merging; the model scores the merged candidate.
    const scored = merged.map((d) => {
      const features = context ? candidateFeatures(d, context) : null;
      return {
        d,
        features,
        probability: model && features ? calibratedConfidence(model, features, language) : d.confidence,
      };
    });
    // "The two sides agreed": the meeting's parties are lent after scoring — whom a pair phrase stands for is no
    // evidence that the sentence reports a happening (the model was fitted without it).
    lendMeetingParties(merged, this.resources.findActors, stateOf);
    const emitted = scored.filter((s) => s.probability >= threshold).map((s) => s.d);
    capitalVenues(emitted, text, language, named);
    cameDuringVenues(emitted, text, language, named);
    storyCities(emitted, text, title, language, named);
    for (const { d, features, probability } of scored) {
      if (probability < threshold) continue;
      const event = toEvent(d, article.id, language, Math.round(probability * 1000) / 1000);
      // The evidence quotes the article as written, not its folded reading.
      if (text !== article.body)
        event.evidence = { ...event.evidence, text: article.body.slice(d.evidence.start, d.evidence.end) };
      // Two types never share an id; the same type from one span is one event, unless told as another happening.
      const told = seen.get(event.id);
      if (told) {
        if (!told.every((t) => separateHappenings(t, d))) continue;
        told.push(d);
        event.id = eventId(article.id, d.type, d.evidence.start, d.evidence.end, d.trigger.start);
      } else seen.set(event.id, [d]);
      const explain = features ? { ...d.trace, calibration: { probability, threshold, features } } : d.trace;
      out.push({ event, explain });
    }
    return out;
  }
}

let shared: RuleExtractor | null = null;

/** Convenience: extracts with a shared default RuleExtractor (or one built from opts). */
export function extractEvents(article: ExtractInput, opts?: RuleExtractorOptions): MarsadEvent[] {
  if (opts) return new RuleExtractor(opts).extract(article);
  shared ??= new RuleExtractor();
  return shared.extract(article);
}
