// Builds draft events clause by clause: every trigger gets an actor, target, place, date, counts, negation,
// attribution and a confidence from how strong its cues are; merging happens afterwards (merge-events.ts).
import { findRelativeDate, isoDay } from '../dates/resolve-date';
import { accidentCue, hedgeCue, irrealisCue, isDenialWord, negationCue } from '../patterns/context-cues';
import { triggerIndex } from '../patterns/lexicon';
import { matchTriggers, type TriggerMatch } from '../patterns/match-triggers';
import { splitSentences } from '../text/split-sentences';
import { tokenize, type Token } from '../text/tokenize';
import type { ActorLike, DraftEvent, PlaceLike, Resources, Span } from './assemble.types';
import { chooseActor } from './choose-actor';
import { chooseLocation, hasPlaceAnaphor } from './choose-location';
import { findAttribution } from './find-attribution';
import { mapMentions, tokenAt } from './map-spans';
import { readCounts } from './read-counts';
import { resolveActorAnaphor } from './resolve-anaphor';

export interface AssembleInput {
  text: string;
  language: string;
  publishedAt?: string | null;
}

const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'PROTEST', 'AID']);
const SIZED = new Set(['MOBILIZE', 'PROTEST', 'RETREAT']);

function confidenceOf(e: Omit<DraftEvent, 'confidence'>, hedge: boolean): number {
  let c = 0.2 + e.trigger.spec.weight * 0.45;
  if (e.actor) c += 0.15;
  if (e.place && MATERIAL.has(e.type)) c += 0.1;
  if (e.attribution) c += 0.03;
  if (e.killed !== null || e.injured !== null) c += 0.05;
  if (hedge) c -= 0.15;
  if (e.negated) c -= 0.1;
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}

/** The country-level place the article is about, used only when a material event names no place at all. */
function articleCountry(places: Span<PlaceLike>[], country: string | null): Span<PlaceLike> | null {
  const countries = places.filter((p) => p.value.kind === 'country');
  if (country) return countries.find((p) => p.value.country === country) ?? null;
  const tally = new Map<string, number>();
  for (const p of places) if (p.value.country) tally.set(p.value.country, (tally.get(p.value.country) ?? 0) + 1);
  const top = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return countries.find((p) => p.value.country === top) ?? null;
}

export function assembleEvents(input: AssembleInput, resources: Resources): DraftEvent[] {
  const index = triggerIndex(input.language);
  if (!index) return [];
  const { text } = input;
  const tokens: Token[] = tokenize(text);
  const arabic = input.language === 'ar';
  const mapped = mapMentions(tokens, resources.findPlaces(text, { language: input.language }), resources.findActors(text, { language: input.language }));
  const { places, actors } = mapped;
  const articleDay = isoDay(input.publishedAt);
  const out: DraftEvent[] = [];
  let setting: Span<PlaceLike> | null = null;
  let lastSentence = -1;
  let sentenceSetting: Span<PlaceLike> | null = null;
  for (const [si, sentence] of splitSentences(text).entries()) {
    const sFirst = tokenAt(tokens, sentence.start);
    const sEnd = tokenAt(tokens, sentence.end);
    for (const clause of sentence.clauses) {
      if (si !== lastSentence) {
        setting = sentenceSetting ?? setting;
        sentenceSetting = null;
        lastSentence = si;
      }
      const cFirst = tokenAt(tokens, clause.start);
      const cEnd = tokenAt(tokens, clause.end);
      const triggers = matchTriggers(tokens, index, cFirst, cEnd);
      if (!triggers.length) {
        const last = places.filter((p) => p.first >= cFirst && p.end <= cEnd).pop();
        if (last) sentenceSetting = last;
        continue;
      }
      const hedge = hedgeCue(tokens, cFirst, cEnd);
      const accident = accidentCue(tokens, cFirst, cEnd);
      const date = findRelativeDate(tokens, cFirst, cEnd, input.publishedAt) ?? findRelativeDate(tokens, sFirst, sEnd, input.publishedAt);
      const continuation = clause.continuation || hasPlaceAnaphor(tokens, cFirst, cEnd);
      const sizeAnchor = triggers.find((t) => SIZED.has(t.spec.type))?.first ?? null;
      const counts = readCounts(tokens, cFirst, cEnd, sizeAnchor);
      for (const trigger of triggers) {
        const draft = buildEvent(trigger);
        if (draft) out.push(draft);
      }
      function buildEvent(trigger: TriggerMatch): DraftEvent | null {
        const type = trigger.spec.type;
        const cues: string[] = [];
        if (MATERIAL.has(type) || type === 'SANCTION') {
          const irrealis = irrealisCue(tokens, trigger.first, cFirst);
          if (irrealis) return null;
        }
        if (trigger.spec.killing && accident) return null;
        // A bare death word without a toll ("أعمال القتل") is background, not a reported attack.
        if (trigger.spec.killing && counts.killed === null) return null;
        const negation = isDenialWord(tokens[trigger.first]) ? null : negationCue(tokens, trigger.first, cFirst);
        if (negation) cues.push(`negation:${negation}`);
        if (hedge) cues.push(`hedge:${hedge}`);
        const choice = chooseActor(text, tokens, trigger, actors, cFirst, cEnd, arabic);
        let actorSpan = choice.actor;
        let actorRule = choice.rule;
        // "التنظيم تمكن من..." next to the trigger beats a distant guess.
        if (!actorSpan || actorRule?.startsWith('nearest')) {
          const anaphor = resolveActorAnaphor(tokens, actors, trigger, cFirst, cEnd);
          if (anaphor) {
            actorSpan = anaphor;
            actorRule = 'anaphor';
          }
        }
        const loc = chooseLocation(places, trigger.first, trigger.end, { first: cFirst, end: cEnd }, { first: sFirst, end: sEnd }, setting, continuation);
        let place = loc.place;
        let placeRule = loc.rule;
        if (!MATERIAL.has(type) && placeRule !== 'nearest in clause') {
          place = null;
          placeRule = null;
        }
        if (!place && MATERIAL.has(type)) {
          place = articleCountry(places, actorSpan?.value.country ?? null);
          if (place) placeRule = 'country fallback';
        }
        if (place && MATERIAL.has(type)) sentenceSetting = place;
        const isAssault = type === 'ASSAULT';
        const base: Omit<DraftEvent, 'confidence'> = {
          type,
          mode: trigger.spec.mode,
          actor: actorSpan?.value ?? null,
          target: choice.target?.value ?? null,
          place: place?.value ?? null,
          date: date?.date ?? articleDay,
          killed: isAssault ? counts.killed : null,
          injured: isAssault ? counts.injured : null,
          size: SIZED.has(type) ? counts.size : null,
          negated: !!negation,
          attribution: findAttribution(text, tokens, actors, trigger.first, sFirst, sEnd),
          evidence: { text: clause.text, start: clause.start, end: clause.end },
          trigger,
          sentence: si,
          trace: {
            trigger: text.slice(trigger.start, trigger.stop), pattern: trigger.spec.phrase, voice: trigger.spec.voice,
            actorRule, placeRule, countCues: isAssault ? counts.cues : [], cues, merged: 1,
          },
        };
        return { ...base, confidence: confidenceOf(base, !!hedge) };
      }
    }
  }
  return out;
}

export type { ActorLike };
