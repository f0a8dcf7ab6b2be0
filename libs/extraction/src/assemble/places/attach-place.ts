// The place of a trigger: the clause's or sentence's place (choose-location), with the dateline and the article's
// country as fallbacks for material and venue events; statements keep only a place of their own clause.
import { beyondContrast } from './contrast-clause';
import { atBorder, inCompassQuarter, placeAlongBorder } from './border-scene';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, PlaceLike, Span } from '../assemble.types';
import { restatedTown } from './restated-town';
import { datelineScene, leaderAct } from './dateline-scene';
import { chooseLocation } from './choose-location';
import { provinceSpot } from './province-spot';
import { solePlaceInCountry } from './sole-place-in-country';
import { elaboratedTown } from './elaborated-town';
import { entryPoint } from './entry-point';
import { hostCapital, isReceiving } from './meeting-venue';
import { headquartersVenue } from './headquarters-venue';
import { sentenceRivals } from './own-stretch';
import { talksHostCapital } from './talks-host';
import { arrivalCity, visitedPlace } from './visit-venue';
import { parliamentCapital } from './parliament-protest';
import { articleCountry, countryAt, storyCountry } from './story-country';
import { fallbackCountrySetting, turnsToAnotherMatter } from './fallback-country-setting';
import type { ArticleContext, AssembleState, ClauseContext } from '../draft-context.types';
import { MATERIAL, VENUE } from '../event-classes';
import { isMetonymDateline } from '../map-spans';

export interface PlaceAttachment {
  place: Span<PlaceLike> | null;
  rule: string | null;
}

const HOME_FORCES = /^police:[A-Z]{2}$/;
/** Meetings and deals: held at a venue, the capital when only a host country is named. */
const HOSTED = new Set(['CONSULT', 'AGREE']);
const HOME_STATE = /^(?:state|gov):[A-Z]{2}$/;
/** Places a meeting gets when its text names none. */
const FALLBACKS = new Set(['dateline fallback', 'country fallback', 'story country']);
/** Places read in the trigger's own sentence. */
const OWN_SENTENCE = new Set(['nearest in clause', 'earlier in sentence', 'later in sentence']);

/** The trigger's place; a material event's place becomes the setting of the sentences after this one. */
export function attachPlace(
  article: ArticleContext,
  clause: ClauseContext,
  state: AssembleState,
  trigger: TriggerMatch,
  actorSpan: Span<ActorLike> | null,
): PlaceAttachment {
  const { places, tokens } = article;
  const type = trigger.spec.type;
  const loc = chooseLocation(
    places,
    trigger.first,
    trigger.end,
    { first: clause.cFirst, end: clause.cEnd },
    { first: clause.sFirst, end: clause.sEnd },
    state.setting,
    clause.continuation,
    {
      tokens,
      type,
      rivals: sentenceRivals(tokens, article.arabic ? 'ar' : 'en', clause.sFirst, clause.sEnd),
      text: article.text,
      actor: actorSpan && article.arabic ? { first: actorSpan.first, end: actorSpan.end } : undefined,
    },
  );
  let place = loc.place;
  let placeRule = loc.rule;
  // An Arabic visit noun's object is the visit's place (visit-venue.ts), then sharpened to its capital below.
  const visited = article.arabic && trigger.spec.mode === 'visit' ? visitedPlace(tokens, places, trigger) : null;
  if (visited) {
    place = visited;
    placeRule = 'nearest in clause';
  }
  // Statements take a place only from their own clause; meetings, deals and concessions happen somewhere
  // and may take the sentence's place, the dateline or the article's country like material events.
  const placed = MATERIAL.has(type) || VENUE.has(type);
  if (!placed && placeRule !== 'nearest in clause') {
    place = null;
    placeRule = null;
  }
  // "OUAGADOUGOU (AFP) - Burkina Faso's military government has ordered two French diplomats to leave": an English
  // state's sanction with no place of its own is decided at home, where the desk files from when the dateline lies
  // in the sanctioning state's country (a foreign desk's dateline says nothing of where it was decided).
  if (
    !place &&
    !article.arabic &&
    type === 'SANCTION' &&
    article.dateline &&
    actorSpan?.value.country &&
    actorSpan.value.country === article.dateline.value.country
  ) {
    place = article.dateline;
    placeRule = 'dateline fallback';
  }
  // "… وذلك في مقر وزارة العمل بالرياض": an Arabic meeting or deal held at a headquarters in a named place was held
  // there (headquarters-venue.ts); read in the sentence, so the rule name is the sentence's own.
  const seat =
    article.arabic && HOSTED.has(type)
      ? headquartersVenue(article.text, tokens, places, clause.sFirst, clause.sEnd)
      : null;
  if (seat && seat.value.id !== place?.value.id) {
    place = seat;
    placeRule = 'nearest in clause';
  }
  // Arabic protocol copy only: English "received" as often takes a call, aid or a sentence as a visitor.
  const receiving = article.arabic && HOSTED.has(type) && isReceiving(tokens, trigger);
  // "زيارته إلى الكويت": a meeting or deal the text places in a country was held in its capital.
  if (place && HOSTED.has(type) && placeRule === 'nearest in clause')
    place = hostCapital(tokens, place, clause.sFirst, places, receiving) ?? place;
  // "Gunmen stormed Dan Kurmi village in Maru … A local vigilante leader said two residents were shot dead.": an
  // English happening with no place of its own, right after a sentence that placed one, is told from that scene
  // rather than from the dateline.
  if (
    !place &&
    !article.arabic &&
    MATERIAL.has(type) &&
    state.settingFresh &&
    state.setting &&
    !leaderAct(article.text, actorSpan)
  ) {
    place = state.setting;
    placeRule = 'setting of previous sentence';
  }
  // "moved troops toward its border with Eritrea", "villages cut off in the northwest": the place the next sentence
  // names; for a border else the acting country, never the dateline capital (border-scene.ts).
  const border = !place && !article.arabic && MATERIAL.has(type) && atBorder(tokens, clause.cFirst, clause.cEnd);
  if (
    border ||
    (!place && !article.arabic && MATERIAL.has(type) && inCompassQuarter(tokens, clause.cFirst, clause.cEnd))
  ) {
    const country = actorSpan?.value.country ?? article.dateline?.value.country;
    const along = country
      ? placeAlongBorder(article.text, tokens, places, clause.sEnd, country, article.dateline?.value.id ?? null)
      : null;
    place = along ?? (border ? countryAt(article, country, actorSpan ?? trigger) : null);
    if (place) placeRule = !along ? 'border country' : border ? 'place along the border' : 'place of the quarter';
  }
  if (!place && placed && article.dateline && datelineScene(article, clause, type, article.dateline)) {
    place = article.dateline;
    placeRule = 'dateline fallback';
  }
  if (!place && placed) {
    place = articleCountry(places, actorSpan?.value.country ?? null);
    // English: an actor from a country the story never names as a place still acts in the story's country.
    if (place) placeRule = 'country fallback';
    // "استقبل أمير دولة قطر … الوزير": a host receiving a visitor at home receives him in the capital.
    if (place && receiving) place = hostCapital(tokens, place, clause.sFirst, places, true) ?? place;
  }
  // "تمكنت الجهات الأمنية من ضبط …", "Turkish police detained 251": a state's police and security services act at
  // home, so their country is the place when the article names none (armies strike abroad: not them).
  if (!place && placed && actorSpan && HOME_FORCES.test(actorSpan.value.id) && actorSpan.value.country) {
    const value = article.countryPlace(actorSpan.value.country);
    if (value) {
      place = { ...actorSpan, value };
      placeRule = 'home forces country';
    }
  }
  // "Germany has banned the group", "Iran arrested a European national": in English copy a state or its government
  // coerces at home (bans, curfews, arrests) when no place is named; its strikes and raids abroad are ASSAULTs.
  if (
    !place &&
    !article.arabic &&
    (type === 'COERCE' || trigger.spec.mode === 'execute') &&
    actorSpan &&
    HOME_STATE.test(actorSpan.value.id) &&
    actorSpan.value.country
  ) {
    const value = article.countryPlace(actorSpan.value.country);
    if (value) {
      place = { ...actorSpan, value };
      placeRule = 'home state country';
    }
  }
  // Arabic "قام الحوثيون بإعدام أتباعهم" in a story of Aden and Lahij that never writes اليمن: the country the
  // article's places lie in, named or not as a country itself.
  if (!place && MATERIAL.has(type) && article.arabic) {
    place = storyCountry(article, actorSpan ?? trigger);
    if (place) placeRule = 'country fallback';
  }
  // Arabic: a material happening's fallback country yields to the town the sentence before placed its happening in,
  // when that town lies in the country and no "في سياق آخر" turns away from it (fallback-country-setting.ts). Not a
  // meeting (held elsewhere), nor a toll (a death or a clause that counts dead): joined-tolls.ts decides which
  // happening a toll counts, and a part toll ("قتل خمسة في التفجير الأول") counts none whole.
  const carried =
    place &&
    article.arabic &&
    MATERIAL.has(type) &&
    !trigger.spec.killing &&
    clause.counts.killed === null &&
    placeRule === 'country fallback' &&
    !turnsToAnotherMatter(clause.sentence.text) &&
    !turnsToAnotherMatter(clause.clause.text)
      ? fallbackCountrySetting(place, state)
      : null;
  if (carried) {
    place = carried;
    placeRule = 'setting of previous sentence';
  }
  // "TEHRAN (Reuters) - Riot police detained dozens of students": an English material event the dateline could not
  // place (a capital that names its government, datelineScene) and the story names no country for happens in the
  // dateline's country; country-level, not the bureau's city.
  if (!place && !article.arabic && MATERIAL.has(type)) {
    place = countryAt(article, article.dateline?.value.country, actorSpan ?? trigger);
    if (place) placeRule = 'country fallback';
  }
  // English: an actor from a country the story never names as a place still acts in the story's country.
  if (!place && placed && !article.arabic && actorSpan?.value.country) {
    place = storyCountry(article, actorSpan);
    if (place) placeRule = 'story country';
  }
  // "ALGIERS (AFP) - Algeria's President Abdelmadjid Tebboune pardoned …": a head of state or government acts at the
  // seat of power, the capital the dateline names, when his act names no place of its own sentence.
  if (
    !article.arabic &&
    placed &&
    (!place || FALLBACKS.has(placeRule ?? '')) &&
    article.dateline &&
    isMetonymDateline(article.dateline) &&
    !!actorSpan?.value.country &&
    actorSpan.value.country === article.dateline.value.country &&
    leaderAct(article.text, actorSpan)
  ) {
    place = article.dateline;
    placeRule = 'dateline fallback';
  }
  // "after talks hosted by Egyptian Foreign Minister Badr Abdelatty": talks placed nowhere in their own sentence were
  // held in the host's capital (talks-host.ts), not in the parties' or the story's country.
  if (!article.arabic && HOSTED.has(type) && (!place || FALLBACKS.has(placeRule ?? ''))) {
    const host = talksHostCapital(article, trigger, clause.sEnd);
    if (host) {
      place = host;
      placeRule = 'host of the talks';
    }
  }
  // Talks with no place of their own in an article about one visit were held where the visitor arrived, not at
  // the desk's dateline or the country's centre.
  if (place && HOSTED.has(type) && FALLBACKS.has(placeRule ?? '')) {
    const arrival = arrivalCity(tokens, places);
    const sameCountry = place.value.kind === 'country' && arrival?.value.country === place.value.country;
    if (arrival && arrival.first < trigger.first && (sameCountry || placeRule === 'dateline fallback')) {
      // The rule name stays, as for the sharpenings below: the fallback only found a sharper venue.
      place = arrival;
    }
  }
  // "تجمع متظاهرون أمام البرلمان": a protest at the parliament of the country it was placed in is in its capital.
  // The rule name stays: only sharpened.
  if (place && type === 'PROTEST')
    place = parliamentCapital(tokens, place, { first: clause.cFirst, end: clause.cEnd }) ?? place;
  if (place && article.arabic && MATERIAL.has(type) && placeRule === 'nearest in clause') {
    const town = restatedTown(article, place, trigger.end, clause.sFirst);
    // The rule name stays: the province was read in the clause, only sharpened (confidence and calibration read it).
    if (town) place = town;
  }
  // "entered Gaza through the Kerem Shalom crossing": the entry point is the spot (entry-point.ts); the rule name
  // stays, the place was read in the clause and only sharpened.
  if (place && !article.arabic && type === 'AID' && placeRule === 'nearest in clause')
    place = entryPoint(tokens, places, place, trigger.end, clause.cEnd) ?? place;
  // English only: Arabic wire copy chains many unrelated sentences, and there the restated pair above does better.
  if (place && !article.arabic && MATERIAL.has(type) && placeRule === 'nearest in clause') {
    const stop = tokens[clause.sEnd - 1]?.end ?? article.text.length;
    // As above, the rule name stays: the lead's province was read in the clause and only sharpened.
    // Not a town of a ", as …" clause or beyond a ", but" of the trigger's sentence: another happening's.
    const other = (p: Span<PlaceLike>) => p.end <= clause.sEnd && beyondContrast(article.text, tokens, p, trigger.end);
    place = elaboratedTown(article.text, places, place, trigger.end, stop, other) ?? place;
  }
  // Arabic "قتل … في ولاية هرات … في إقليم غوزارا": a province its own sentence goes on to narrow to one town of it
  // (province-spot.ts). The rule name stays: the place was read in the sentence, only sharpened. Not a town beyond a
  // ", but" of the trigger's sentence: another happening's.
  if (place && article.arabic && MATERIAL.has(type) && OWN_SENTENCE.has(placeRule ?? '')) {
    const other = (p: Span<PlaceLike>) => beyondContrast(article.text, tokens, p, trigger.end);
    const sentence = { first: clause.sFirst, end: clause.sEnd };
    place = provinceSpot(tokens, places, place, trigger.end, sentence, other) ?? place;
  }
  // Arabic "قتل في غارة في أفغانستان": a country its own sentence names is sharpened to the one place of it the article
  // names (not a fallback country or a previous sentence's setting: measured, those add events the calibration had
  // held back at country level). The rule name stays: the place was read in the sentence, only sharpened.
  if (place && article.arabic && MATERIAL.has(type) && OWN_SENTENCE.has(placeRule ?? ''))
    place = solePlaceInCountry(article.places, place, trigger.first, tokens) ?? place;
  // The dateline is where the desk files from, read only for want of a place in the text: it sets no scene for
  // the sentences after ("Militants ambushed a convoy…", then "air strikes on positions in the area" is the
  // ambush's area, not the bureau's city).
  if (place && MATERIAL.has(type) && placeRule !== 'dateline fallback') {
    state.sentenceSetting = place;
    state.sentenceHappening = place;
  }
  return { place, rule: placeRule };
}
