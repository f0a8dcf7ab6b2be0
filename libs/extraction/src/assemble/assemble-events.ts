// Builds draft events clause by clause: every trigger gets an actor, target, place, date, counts, negation,
// attribution and a confidence from how strong its cues are; merging happens afterwards (merge-events.ts).
import { articleGenre, genreExcludes } from '../context/article-genre';
import { findRelativeDate, isoDay } from '../dates/resolve-date';
import { backgroundCue, isQuestion } from '../patterns/background-cues';
import {
  hasDemonstrative,
  isBackdrop,
  isDefinite,
  isEnglishAdjective,
  isPurposeMasdar,
} from '../patterns/trigger-frame';
import { accidentCue, hedgeCue, irrealisCue, isDenialWord, negationCue } from '../patterns/context-cues';
import { triggerIndex } from '../patterns/lexicon';
import { frameCue } from '../patterns/topic-frame';
import { matchTriggers, type TriggerMatch } from '../patterns/match-triggers';
import { splitSentences } from '../text/split-sentences';
import { foldWord, tokenize, type Token } from '../text/tokenize';
import type { ActorLike, DraftEvent, MentionSignals, PlaceLike, Resources, Span } from './assemble.types';
import { chooseActor } from './choose-actor';
import { arabicDatelineLength } from './arabic-dateline';
import { chooseLocation, hasPlaceAnaphor } from './choose-location';
import { findAttribution } from './find-attribution';
import { mapMentions, tokenAt } from './map-spans';
import { countsForTrigger, readCounts } from './read-counts';
import { resolveActorAnaphor } from './resolve-anaphor';
import { rememberVerb, sentenceSpeaker, sharedSubject, type VerbMemory } from './shared-subject';

export interface AssembleInput {
  text: string;
  language: string;
  publishedAt?: string | null;
}

const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'PROTEST', 'AID']);
const SIZED = new Set(['MOBILIZE', 'PROTEST', 'RETREAT']);
const VERBAL = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'REQUEST', 'THREATEN']);
const VENUE = new Set(['CONSULT', 'AGREE', 'CONCEDE', 'COOPERATE']);

/** Confidence from what backs the event up: a specific trigger, a finite verb rather than a bare noun (nouns are
 * often topics: "الاتفاق", "the raid"), a named actor, and for material events a place named in the clause rather
 * than a fallback. Repeats add to it at merge time. Calibrated on the train splits (see DEFAULT_MIN_CONFIDENCE). */
function confidenceOf(e: Omit<DraftEvent, 'confidence'>, hedge: boolean, placeRule: string | null): number {
  let c = 0.3 + e.trigger.spec.weight * 0.3;
  if (e.trigger.spec.voice !== 'noun') c += 0.12;
  // A subject in its grammatical slot backs the event up; a nearest-mention guess hardly does.
  if (e.actor) c += /^nearest/.test(e.trace.actorRule ?? '') ? 0.1 : 0.15;
  if (MATERIAL.has(e.type)) {
    if (placeRule === 'nearest in clause' || placeRule === 'earlier in sentence') c += 0.08;
    else c -= 0.1;
  }
  if (e.killed !== null || e.injured !== null) c += 0.05;
  if (e.attribution) c += 0.02;
  if (hedge) c -= 0.15;
  if (e.negated) c -= 0.1;
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}

const QUOTE_CHARS = /[«»“”"]/g;

/** True when an odd number of quote marks (or an unclosed «/“) precede the offset within its sentence. */
export function insideQuotes(text: string, sentenceStart: number, at: number): boolean {
  let open = 0;
  for (const m of text.slice(sentenceStart, at).matchAll(QUOTE_CHARS)) {
    if (m[0] === '«' || m[0] === '“') open++;
    else if (m[0] === '»' || m[0] === '”') open = Math.max(0, open - 1);
    else open = open ? 0 : 1;
  }
  return open > 0;
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

/** Length of an English wire dateline ("TAIZ, Yemen (Marsad) — "), or 0 when the text does not open with one. */
export function datelineLength(text: string): number {
  const m = /^\s*[A-Z][A-Z .'’-]*[A-Z](?:,\s*[A-Z][\w .'’-]{1,30})?\s*(?:\([^)\n]{1,30}\))?\s*(?:—|–|--|-)\s/.exec(
    text,
  );
  return m ? m[0].length : 0;
}

export function assembleEvents(input: AssembleInput, resources: Resources): DraftEvent[] {
  const index = triggerIndex(input.language);
  if (!index) return [];
  const { text } = input;
  const tokens: Token[] = tokenize(text);
  const arabic = input.language === 'ar';
  const mapped = mapMentions(
    tokens,
    resources.findPlaces(text, { language: input.language }),
    resources.findActors(text, { language: input.language }),
  );
  // "MOSUL, Iraq (Marsad) —": where the reporter files from, not where the lead's event happened; it is only a
  // fallback for material events that name no place of their own, and its city never acts ("BEIRUT —").
  const datelineEnd = arabic ? arabicDatelineLength(text) : datelineLength(text);
  const actors = mapped.actors.filter((a) => a.start >= datelineEnd);
  // A relative clause about a named actor or place ("التحالف الذي شن", "تدمر التي انسحب منها") still reports.
  const nameEnds = new Set([...actors, ...mapped.places].map((a) => a.end));
  const places = mapped.places.filter((p) => p.start >= datelineEnd);
  const dateline =
    mapped.places
      .filter((p) => p.stop <= datelineEnd)
      .sort((a, b) => Number(a.value.kind === 'country') - Number(b.value.kind === 'country'))[0] ?? null;
  const articleDay = isoDay(input.publishedAt);
  const articleYear = articleDay ? Number(articleDay.slice(0, 4)) : null;
  const articleMonth = articleDay ? Number(articleDay.slice(5, 7)) : null;
  // Sports reports, market wraps and opinion columns: figurative or argued, not reported (context/article-genre.ts).
  const genre = articleGenre(tokens, text);
  const out: DraftEvent[] = [];
  let setting: Span<PlaceLike> | null = null;
  let lastSentence = -1;
  let sentenceSetting: Span<PlaceLike> | null = null;
  let verbMemory: VerbMemory | null = null;
  for (const [si, sentence] of splitSentences(text).entries()) {
    const sFirst = tokenAt(tokens, sentence.start);
    const sEnd = tokenAt(tokens, sentence.end);
    const question = isQuestion(text.slice(sentence.start, sentence.end));
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
      const date =
        findRelativeDate(tokens, cFirst, cEnd, input.publishedAt) ??
        findRelativeDate(tokens, sFirst, sEnd, input.publishedAt);
      const continuation = clause.continuation || hasPlaceAnaphor(tokens, cFirst, cEnd);
      const sizeAnchor = triggers.find((t) => SIZED.has(t.spec.type))?.first ?? null;
      const counts = readCounts(tokens, cFirst, cEnd, sizeAnchor);
      const clauseSignals: Omit<MentionSignals, 'quoted'> = {
        sentenceTokens: sEnd - sFirst,
        clauseTriggers: triggers.length,
        dated: !!date,
      };
      for (const trigger of triggers) {
        // "condemned the raid", "طالب بالإفراج عن": a noun right after a statement verb is what the statement is
        // about; the statement is the event (the happening, if real, is reported in its own words elsewhere).
        if (
          trigger.spec.voice === 'noun' &&
          triggers.some(
            (t) =>
              VERBAL.has(t.spec.type) &&
              (t.spec.voice !== 'noun' || t.spec.mode === 'investigate') &&
              t.end <= trigger.first &&
              trigger.first - t.end <= 3,
          )
        )
          continue;
        const draft = buildEvent(trigger);
        if (draft) out.push(draft);
      }
      function buildEvent(trigger: TriggerMatch): DraftEvent | null {
        const type = trigger.spec.type;
        if (genreExcludes(genre.genre, genre.security, type)) return null;
        const cues: string[] = [];
        const own = countsForTrigger(counts, trigger.first, trigger.end);
        // Background, intentions and questions are not reported happenings (codebook: not events).
        if (
          question ||
          backgroundCue(
            tokens,
            trigger.first,
            { first: cFirst, end: cEnd },
            sFirst,
            articleYear,
            nameEnds,
            articleMonth,
          )
        )
          return null;
        const noun = trigger.spec.voice === 'noun';
        if (frameCue(tokens, trigger, cFirst, own.killed !== null || own.injured !== null)) return null;
        if (noun && isPurposeMasdar(tokens, trigger.first, foldWord(trigger.spec.words[0]))) return null;
        if (noun && type === 'CONSULT' && isBackdrop(tokens, trigger.first, cFirst)) return null;
        if (!arabic && isEnglishAdjective(tokens, trigger.first)) return null;
        if (MATERIAL.has(type) || type === 'SANCTION') {
          const irrealis = irrealisCue(tokens, trigger.first, cFirst);
          if (irrealis) return null;
        }
        if (trigger.spec.killing && accident) return null;
        // A bare death word without a toll ("أعمال القتل") is background, not a reported attack; nor is "no one
        // was killed" an attack of its own.
        if (trigger.spec.killing && !own.killed) return null;
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
        const shared = sharedSubject(tokens, trigger, verbMemory, si, actorSpan, actorRule);
        if (shared) {
          actorSpan = shared;
          actorRule = 'shared subject';
        }
        if (!actorSpan && VERBAL.has(type)) {
          actorSpan = sentenceSpeaker(tokens, actors, trigger, sFirst);
          if (actorSpan) actorRule = 'speaker of sentence';
        }
        verbMemory = rememberVerb(trigger, actorSpan, actorRule, si) ?? verbMemory;
        const loc = chooseLocation(
          places,
          trigger.first,
          trigger.end,
          { first: cFirst, end: cEnd },
          { first: sFirst, end: sEnd },
          setting,
          continuation,
          { tokens, type },
        );
        let place = loc.place;
        let placeRule = loc.rule;
        // Statements take a place only from their own clause; meetings, deals and concessions happen somewhere
        // and may take the sentence's place, the dateline or the article's country like material events.
        const placed = MATERIAL.has(type) || VENUE.has(type);
        if (!placed && placeRule !== 'nearest in clause') {
          place = null;
          placeRule = null;
        }
        if (!place && placed && dateline) {
          place = dateline;
          placeRule = 'dateline fallback';
        }
        if (!place && placed) {
          place = articleCountry(places, actorSpan?.value.country ?? null);
          if (place) placeRule = 'country fallback';
        }
        if (place && MATERIAL.has(type)) sentenceSetting = place;
        const isAssault = type === 'ASSAULT';
        // "هذا القصف", "the blast": a noun that points back to a reported happening rather than adding one.
        const backref =
          noun &&
          own.killed === null &&
          own.injured === null &&
          (hasDemonstrative(tokens, trigger.first) ||
            (isDefinite(tokens, trigger.first) && !actorSpan && placeRule !== 'nearest in clause'));
        const base: Omit<DraftEvent, 'confidence'> = {
          type,
          mode: trigger.spec.mode,
          actor: actorSpan?.value ?? null,
          actorSurface: actorSpan?.surface ?? null,
          target: choice.target?.value ?? null,
          targetSurface: choice.target?.surface ?? null,
          place: place?.value ?? null,
          date: date?.date ?? articleDay,
          killed: isAssault ? own.killed : null,
          injured: isAssault ? own.injured : null,
          killedTotal: isAssault && own.total,
          size: SIZED.has(type) ? counts.size : null,
          negated: !!negation,
          backref,
          attribution: findAttribution(text, tokens, actors, trigger.first, sFirst, sEnd),
          evidence: { text: clause.text, start: clause.start, end: clause.end },
          trigger,
          sentence: si,
          signals: { ...clauseSignals, quoted: insideQuotes(text, sentence.start, trigger.start) },
          trace: {
            trigger: text.slice(trigger.start, trigger.stop),
            pattern: trigger.spec.phrase,
            voice: trigger.spec.voice,
            actorRule,
            placeRule,
            countCues: isAssault ? counts.cues : [],
            cues,
            merged: 1,
          },
        };
        return { ...base, confidence: confidenceOf(base, !!hedge, placeRule) };
      }
    }
  }
  return out;
}

export type { ActorLike };
