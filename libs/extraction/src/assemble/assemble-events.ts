// Builds draft events clause by clause: every trigger gets an actor, target, place, date, counts, negation,
// attribution and a confidence from how strong its cues are (build-draft.ts); merging happens afterwards
// (merge-events.ts). This module reads the article once and walks its sentences and clauses.
import { articleGenre } from '../context/article-genre';
import { findRelativeDate, isoDay } from '../dates/resolve-date';
import { datesStatement } from '../dates/statement-date';
import { isQuestion } from '../patterns/background-cues';
import { accidentCue, hedgeCue } from '../patterns/context-cues';
import { triggerIndex } from '../patterns/lexicon';
import { anyTriggerStart, matchTriggers } from '../patterns/match-triggers';
import { splitSentences } from '../text/split-sentences';
import { tagLineStart } from '../text/tag-line';
import { tokenize, type Token } from '../text/tokenize';
import type { ActorLike, DraftEvent, PlaceLike, Resources } from './assemble.types';
import { anchorPlaces } from './places/anchored-places';
import { arabicListedPlaces, onlyRouteEnd, singleOperation } from './places/arabic-place-lists';
import { arabicDatelineLength } from './places/arabic-dateline';
import { briefDatelines } from './places/brief-datelines';
import { wireCredits } from './places/wire-credits';
import { timeZones } from './places/time-zones';
import { listedPlaces } from './places/listed-places';
import { buildDraft } from './build-draft';
import { hasPlaceAnaphor } from './places/choose-location';
import type { ArticleContext, AssembleState, ClauseContext } from './draft-context.types';
import { blankByline, datelineLength, storyCity } from './english-dateline';
import { datelineCapitalMentions } from './places/english-capital';
import { SIZED } from './event-classes';
import { LISTED_CUE } from './merge/merge-rules';
import { mapMentions, tokenAt } from './map-spans';
import { readCounts } from './counts/read-counts';
import { isArabicHospitalDestination, isCarePlace } from './places/care-places';
import { isJourneyStart, isTravelDestination } from './places/travel-destinations';
import { isResidence } from './places/off-scene-places';
import { fillTollSentences } from './counts/english-tolls';
import { joinTollSentences } from './counts/joined-tolls';
import { fillArabicTollSentences } from './counts/arabic-toll-sentences';
import { isAllegedAct, isMannerRaid, isSanctionScope, isStatementTopic } from './filters/neighbour-triggers';
import { demandedAct } from './filters/arabic-demanded-acts';
import { inDeputyTitle } from './actors/deputy-office';

// Acts told once over a list of towns that annotators count once per town: strikes, arrests, and protests held in
// several towns ("Protests were also held in A and B": each town's crowd is its own protest).
const LISTED_TYPES = new Set(['ASSAULT', 'COERCE', 'PROTEST']);

export { datelineLength } from './english-dateline';
export { insideQuotes } from './inside-quotes';

export interface AssembleInput {
  text: string;
  language: string;
  publishedAt?: string | null;
}

/** The dateline's country is named again in the body (by a place of it or an actor of it), or the body names no
 * other country either: "ABUJA (Reuters) - Thousands marched …" is told from where it is filed. */
function homeInBody(
  country: string | null,
  places: { value: PlaceLike }[],
  actors: { value: { country?: string | null } }[],
): boolean {
  if (!country) return true;
  const named = [...places, ...actors].map((m) => m.value.country).filter((cc) => !!cc);
  return named.includes(country) || named.length === 0;
}

/** Article-wide readings: mentions mapped to tokens (those in the dateline set aside), dates and genre. */
function readArticle(input: AssembleInput, resources: Resources, tokens: Token[]): ArticleContext {
  const { text } = input;
  const arabic = input.language === 'ar';
  const datelineEnd = arabic ? arabicDatelineLength(text) : datelineLength(text);
  const mapped = mapMentions(
    tokens,
    resources.findPlaces(text, { language: input.language }),
    resources.findActors(text, { language: input.language }),
    datelineEnd,
    text,
  );
  // "MOSUL, Iraq (Marsad) —": where the reporter files from, not where the lead's event happened; it is only a
  // fallback for material events that name no place of their own, and its city never acts ("BEIRUT —").
  // "* كابل - «الشرق الأوسط»: …": the cities of a brief's datelined items are neither scenes nor actors.
  const itemDatelines = arabic ? briefDatelines(text, mapped.rawPlaces) : [];
  // "(Reporting by … in Beirut; Editing by …)": English wire credits are no scene and no party either.
  const credits = arabic ? [] : wireCredits(text);
  // "بتوقيت اليمن", "بتوقيت مكة المكرمة": a clock's zone is neither a scene nor a party (time-zones.ts).
  const zones = arabic ? timeZones(text) : [];
  const setAside = [...itemDatelines, ...credits, ...zones];
  const setAsideHolds = (a: { start: number; stop: number }) =>
    setAside.some((d) => a.start < d.stop && d.start < a.stop);
  // "نائب خادم الحرمين الشريفين الأمير محمد بن نايف": no person in the idafa of deputy or adviser (deputy-office.ts).
  const actors = mapped.actors.filter(
    (a) =>
      a.start >= datelineEnd &&
      !setAsideHolds(a) &&
      !(arabic && a.value.kind === 'person' && inDeputyTitle(text, tokens, a)),
  );
  // A relative clause about a named actor or place ("التحالف الذي شن", "تدمر التي انسحب منها") still reports.
  const nameEnds = new Set([...actors, ...mapped.places].map((a) => a.end));
  const inDateline = [...mapped.places, ...mapped.datelineCities]
    .filter((p) => p.stop <= datelineEnd)
    .sort((a, b) => Number(a.value.kind === 'country') - Number(b.value.kind === 'country') || a.start - b.start);
  const named = anchorPlaces(tokens, mapped.places).filter((p) => p.start >= datelineEnd && !setAsideHolds(p));
  // "SRINAGAR/ISLAMABAD -": of an English dateline's cities, the one the story names again or tells of.
  const filedFrom = arabic
    ? (inDateline[0] ?? null)
    : (storyCity(
        inDateline.filter((p) => p.value.kind !== 'country'),
        named,
        actors,
      ) ??
      inDateline[0] ??
      null);
  // "BANGKOK (AP) — Myanmar's junta…", "DUBAI (Reuters) - …Yemen": an English dateline whose country the story
  // never names again (no place, no actor of it) while it names another is the bureau the reporter files from,
  // not a scene.
  const dateline = filedFrom && !arabic && !homeInBody(filedFrom.value.country, named, actors) ? null : filedFrom;
  // "in the capital" of a story filed from its own country's capital names that city (english-capital.ts).
  const capitals = arabic ? [] : datelineCapitalMentions(tokens, dateline, datelineEnd);
  const places = capitals.length ? [...named, ...capitals].sort((a, b) => a.start - b.start) : named;
  const articleDay = isoDay(input.publishedAt);
  const articleYear = articleDay ? Number(articleDay.slice(0, 4)) : null;
  const articleMonth = articleDay ? Number(articleDay.slice(5, 7)) : null;
  // Sports reports, market wraps and opinion columns: figurative or argued, not reported (context/article-genre.ts).
  const genre = articleGenre(tokens, text);
  const countryPlace = (cc: string) => resources.countryPlace?.(cc) ?? null;
  return {
    text,
    tokens,
    arabic,
    actors,
    places,
    nameEnds,
    dateline,
    articleDay,
    articleYear,
    articleMonth,
    genre,
    countryPlace,
  };
}

/** A protest is held in each listed town only when the list follows its verb as the venue ("were held in A and B"),
 * not when it names where the marchers came from ("protesters from A and B", "teachers from A and B rallied"). */
function heldIn(text: string, trigger: { stop: number }, others: { start: number }[]): boolean {
  const first = Math.min(...others.map((p) => p.start));
  return first > trigger.stop && !/\bfrom\b/i.test(text.slice(trigger.stop, first));
}

/** English "Israeli warplanes struck Aitaroun and Houla": an attack, arrest or protest whose clause lists several towns of one
 * country is one happening per town. The copies carry no toll (the figure stays with the place the clause gave);
 * every member is marked so that merging keeps neighbouring towns apart. */
function listedCopies(article: ArticleContext, ctx: ClauseContext, draft: DraftEvent): DraftEvent[] {
  if (!LISTED_TYPES.has(draft.type) || !draft.place || draft.negated) return [];
  if (draft.trace.placeRule !== 'nearest in clause') return [];
  // Arabic round-ups list strikes member by member (arabic-place-lists.ts); arrests and protests are left as told.
  if (article.arabic && draft.type !== 'ASSAULT') return [];
  // "شنت عملية عسكرية على قرى أ ومنطقة ب": one operation over several areas is one happening.
  if (article.arabic && singleOperation(article.tokens, draft.trigger)) return [];
  const others = article.arabic
    ? arabicListedPlaces(article, ctx, draft.place, draft.trigger)
    : listedPlaces(article, ctx, draft.place.id, draft.trigger);
  if (!others.length || (draft.type === 'PROTEST' && !heldIn(article.text, draft.trigger, others))) return [];
  // A strike on "the road between A and B, and on positions in C" fell at C: a route's end is no scene of its own.
  if (article.arabic && onlyRouteEnd(article, ctx, draft.place.id)) draft.place = others.shift()!.value;
  draft.trace.cues.push(LISTED_CUE);
  const { start, end } = draft.evidence;
  // Each town's happening quotes the clause up to its name: its own evidence, so its own event id.
  const evidence = (p: { start: number; stop: number }) =>
    p.stop < end
      ? { text: article.text.slice(start, p.stop), start, end: p.stop }
      : { text: article.text.slice(p.start, end), start: p.start, end };
  return others.map((p) => ({
    ...draft,
    place: p.value,
    evidence: evidence(p),
    killed: null,
    injured: null,
    killedTotal: false,
    trace: { ...draft.trace, cues: [...draft.trace.cues], countCues: [] },
  }));
}

export function assembleEvents(input: AssembleInput, resources: Resources): DraftEvent[] {
  const index = triggerIndex(input.language);
  if (!index) return [];
  const text = input.language === 'ar' ? input.text : blankByline(input.text);
  const tokens: Token[] = tokenize(text);
  if (!anyTriggerStart(tokens, index)) return [];
  const article = readArticle({ ...input, text }, resources, tokens);
  const { places } = article;
  const out: DraftEvent[] = [];
  const state: AssembleState = {
    setting: null,
    sentenceSetting: null,
    settingFresh: false,
    happeningSetting: null,
    sentenceHappening: null,
    verbMemory: null,
  };
  let lastSentence = -1;
  const tagsAt = tagLineStart(text);
  let sentenceDate: { si: number; date: ReturnType<typeof findRelativeDate> | undefined } = { si: -1, date: undefined };
  const sentences = splitSentences(text);
  for (const [si, sentence] of sentences.entries()) {
    if (sentence.start >= tagsAt) break;
    const sFirst = tokenAt(tokens, sentence.start);
    const sEnd = tokenAt(tokens, sentence.end);
    const question = isQuestion(text.slice(sentence.start, sentence.end));
    for (const clause of sentence.clauses) {
      if (si !== lastSentence) {
        state.settingFresh = !!state.sentenceSetting;
        state.setting = state.sentenceSetting ?? state.setting;
        state.sentenceSetting = null;
        state.happeningSetting = state.sentenceHappening;
        state.sentenceHappening = null;
        lastSentence = si;
      }
      const cFirst = tokenAt(tokens, clause.start);
      const cEnd = tokenAt(tokens, clause.end);
      const triggers = matchTriggers(tokens, index, cFirst, cEnd);
      if (!triggers.length) {
        // The last place inside the clause (in list order), found from the end without a filtered copy.
        for (let k = places.length - 1; k >= 0; k--) {
          const p = places[k];
          if (p.first < cFirst || p.end > cEnd) continue;
          // A hospital city the wounded were flown to is no setting for the next sentence (care-places.ts).
          if (isCarePlace(tokens, p, cFirst) || isArabicHospitalDestination(tokens, p, cFirst)) continue;
          // Nor is where someone lives ("امرأة بريطانية تقيم في لندن"): it describes a person (off-scene-places.ts).
          if (isResidence(tokens, p, cFirst)) continue;
          // Nor is the end of a journey away from the scene (travel-destinations.ts).
          if (!article.arabic && isTravelDestination(tokens, p, cFirst)) continue;
          // Nor the start of a journey to the scene ("marched into the city from Belgrade").
          if (!article.arabic && isJourneyStart(tokens, p, cFirst)) continue;
          state.sentenceSetting = p;
          break;
        }
        continue;
      }
      const hedge = hedgeCue(tokens, cFirst, cEnd);
      const accident = accidentCue(tokens, cFirst, cEnd);
      // The sentence's date is read once per sentence, only when a clause has none of its own.
      if (sentenceDate.si !== si) sentenceDate = { si, date: undefined };
      const date =
        findRelativeDate(tokens, cFirst, cEnd, input.publishedAt) ??
        (sentenceDate.date !== undefined
          ? sentenceDate.date
          : (sentenceDate.date = findRelativeDate(tokens, sFirst, sEnd, input.publishedAt)));
      const continuation = clause.continuation || hasPlaceAnaphor(tokens, cFirst, cEnd);
      const sizeAnchor = triggers.find((t) => SIZED.has(t.spec.type))?.first ?? null;
      const counts = readCounts(tokens, cFirst, cEnd, sizeAnchor);
      const ctx: ClauseContext = {
        sentence,
        clause,
        si,
        sFirst,
        sEnd,
        cFirst,
        cEnd,
        question,
        hedge,
        accident,
        date,
        continuation,
        counts,
        signals: {
          sentenceTokens: sEnd - sFirst,
          clauseTriggers: triggers.length,
          dated: !!date,
          ...(date && datesStatement(tokens, date.tokenIndex) ? { statementDated: true } : {}),
        },
      };
      for (const trigger of triggers) {
        if (isStatementTopic(trigger, triggers, tokens) || isSanctionScope(tokens, trigger, triggers)) continue;
        if (isAllegedAct(tokens, trigger, triggers) || isMannerRaid(tokens, trigger, triggers)) continue;
        if (demandedAct(tokens, trigger, triggers)) continue;
        const draft = buildDraft(article, ctx, state, trigger);
        if (draft) out.push(draft, ...listedCopies(article, ctx, draft));
      }
    }
  }
  const filled = article.arabic
    ? fillArabicTollSentences(article, sentences, out)
    : fillTollSentences(text, tokens, sentences, out);
  return joinTollSentences(article, filled);
}

export type { ActorLike };
