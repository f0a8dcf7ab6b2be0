// Whether a dictionary match is a place in this text: names that are also words (كان, Hassan, Mission), pieces of
// longer names, treaties, tanween-marked words and small foreign namesakes need corroboration (a trigger noun,
// their country in the text, a list of places); returns the mention's confidence, or 0 to drop it.
import { normalizeKey } from '@marsad/contracts';
import { AR_COMPASS_WORDS } from '../text/compass-words';
import { EN_ATTACK_VERBS } from '../text/attack-verbs';
import { arabicCue, countryQuarterAfter } from './arabic-cues';
import { arabicUsStateAfter } from './arabic-us-states';
import { inArabicName, inPersonName, longerNameAfterOf, longerRomanceName, namesWaterBody } from './english-name-cues';
import type { Candidate, GazetteerStore } from './gazetteer-store';
import type { RawMatch } from './match-places';
import {
  ENGLISH_COMMON,
  ENGLISH_GIVEN_NAMES,
  arabicShapeOk,
  hasTrigger,
  headAfter,
  isQuoted,
  partOfLongerName,
} from './place-context';
import { NEVER_PLACES, PLACE_STOPWORDS, SOFT_PLACE_STOPWORDS } from './place-stopwords';
import { headsGroup, namesGroupInText } from './armed-group-names';
import { headsInstitution } from './institution-names';
import { countryInText, isStrong, MENA, otherCountry, type Context } from './text-countries';
import type { Token } from './tokenize';
import { nounWithAdjectiveReading } from './word-readings';

/** An English name written as "the" and a lower-case word: "the valley", not "The Valley" or "the Hague". */
const LOWER_ARTICLE_NAME = /^the\s+\p{Ll}/u;
/** In Arabic text, GeoNames' Arabic names of foreign towns are mostly word collisions (كان Caen, بن Bonn): outside
 * MENA only large cities stand alone, smaller ones need their country named or a trigger. */
const FOREIGN_ARABIC_POPULATION = 1000000;
/** Below this population a GeoNames place of a country the text does not name is dropped when the text is about
 * other countries, trigger or not. */
const FOREIGN_SMALL_POPULATION = 100000;
/** Area nouns ("منطقة", "مناطق") that name local localities rather than known towns. */
const AREA_NOUNS = new Set(['منطقة', 'مناطق'].map((w) => normalizeKey(w)));
/** A name made of the area noun and an adjective: "المنطقة الخضراء", "المنطقة الشرقية". */
const AREA_PHRASE = new RegExp(`^${normalizeKey('المنطقة')} `);
/** Words after such an area that place it by another place: the area is then re-pointed there, not dropped. */
const AREA_ANCHORS = new Set([...AR_COMPASS_WORDS, 'قرب', 'بالقرب'].map((w) => normalizeKey(w)));
/** Names that folding merges with a word, kept apart by how they are written: إب (Ibb) vs آب (August) and أب
 * (father); جدة (Jeddah) vs جده (his grandfather). */
const EXACT_SURFACE = new Map<string, string>([
  ['اب', 'إب'],
  ['جده', 'جدة'],
]);
/** A national capital of at least this population and key length stands alone in Arabic text like a large city
 * (جنيف aside, هلسنكي, أوسلو, إسلام آباد): capitals are what foreign news datelines and venues name; shorter keys
 * (لومه "his blame" = Lomé) stay with the foreign-town rule. */
const CAPITAL_KEY_LENGTH = 5;
/** Curated kinds that only local news names: a town, a district. */
const LOCAL_KINDS = new Set(['town', 'district']);
const TREATY_AFTER = /^\s+(?:Conventions?|Accords?|Protocols?)\b/;
/** "Palestine Street" in Baghdad, "Haifa Street", "Lebanon Avenue": a street named after a country or a city. */
const STREET_AFTER = /^\s+(?:Street|Avenue|Boulevard)\b/;
/** Tanween (درعاً "a shield", not Daraa; دومًا "always", not Douma): place names are diptotes or definite and never
 * take it, whether written after the word or before its final alef. */
const TANWEEN = /^[\u064B-\u064D]/;
const TANWEEN_INSIDE = /[\u064B-\u064D][\u0627\u0649]?$/;

/** English verbs whose object is a city acted on: "Russia attacked Lviv overnight", "rebels captured Goma". */
const ACTED_ON = new Set([
  ...EN_ATTACK_VERBS,
  ...'bombarded stormed storms captured captures recaptured retook seized seizes entered enters besieged raided visited visiting visits liberated'.split(
    ' ',
  ),
]);

/** An English city name right after a verb that acts on it: as much a place cue as "in". */
function actedOn(tokens: Token[], m: RawMatch): boolean {
  const prev = tokens[m.index - 1];
  return !!prev && !prev.arabic && !m.stripped && ACTED_ON.has(prev.key);
}

/** A national capital written out in full (not a proclitic reading, not a short key that is also a word). */
function knownCapital(store: GazetteerStore, m: RawMatch, best: Candidate): boolean {
  return (
    store.capitals.has(best.place.id) &&
    !m.stripped &&
    m.key.length >= CAPITAL_KEY_LENGTH &&
    best.place.population >= FOREIGN_SMALL_POPULATION &&
    !PLACE_STOPWORDS.has(m.key)
  );
}

/** A country's name or adjective (Yemen, Yemeni): not a given name before a place name. */
function countryOf(store: GazetteerStore, key: string): string | null {
  return store.byKey.get(key)?.find((c) => c.place.kind === 'country')?.place.country ?? null;
}

function countryWord(store: GazetteerStore, key: string): boolean {
  return store.gentilics.has(key) || !!store.byKey.get(key)?.some((c) => c.place.kind === 'country');
}

/** Accepts a match whose name is also a word only with corroboration; returns a confidence or 0 to drop it. */
export function acceptance(
  store: GazetteerStore,
  text: string,
  tokens: Token[],
  m: RawMatch,
  best: Candidate,
  ctx: Context,
  listed: boolean,
): number {
  const quoted = isQuoted(text, m.start, m.end);
  // The second of a dual pair (قريتي X وY) is as cued as the first; "towards" (باتجاه Y) cues a name, not a word.
  const dual = arabicCue(text, tokens, m);
  // "Kherson city", "Tikrit district": a lower-case head after an English name is a trigger noun too.
  // "شاتانوغا (ولاية تينيسي)": a US state written after an American town vouches for it like a trigger noun.
  const after =
    headAfter(tokens, m) ||
    (best.place.country === 'US' &&
      best.place.admin1 !== null &&
      arabicUsStateAfter(text, m.end) === best.place.admin1) ||
    // "في مروة بشمال الكاميرون": the quarter of the town's own country named right after it.
    countryQuarterAfter(text, tokens, m, (k) => countryOf(store, k)) === best.place.country;
  const before = hasTrigger(tokens, m.index, m.stripped) || quoted || dual !== 'none';
  const trigger = before || after;
  // A stop-listed word (كان, الخبر, البلاد) needs a real trigger noun: quotes and compass words are too common.
  const nounTrigger = hasTrigger(tokens, m.index, m.stripped, true) || after || dual === 'noun';
  const cc = best.place.country ?? '';
  const self = m.candidates.find((c) => c.place.kind === 'country')?.place.country ?? null;
  const sameCountry = countryInText(ctx, cc, m.key, self);
  const arabicToken = tokens[m.index].arabic;
  const commonWord = PLACE_STOPWORDS.has(m.key) || (!arabicToken && m.tokens === 1 && ENGLISH_COMMON.has(m.key));
  if (TANWEEN.test(text.slice(m.end, m.end + 1)) || (arabicToken && TANWEEN_INSIDE.test(text.slice(m.start, m.end))))
    return 0; // also countries: شخصاً سورياً is "a Syrian person", not Syria
  // "a KFC branch on the capital's Palestine Street": a street named after a place is not that place (nor its country).
  if (!arabicToken && STREET_AFTER.test(text.slice(m.end, m.end + 12))) return 0;
  if (best.place.kind === 'country') return m.stripped ? 0.85 : 0.95;
  if (NEVER_PLACES.has(m.key)) return 0;
  // "killed in the valley": a name made of the article and a common noun (The Valley, Anguilla's capital) is that
  // place only when written as a name; lower case, it is the noun phrase.
  if (!arabicToken && LOWER_ARTICLE_NAME.test(text.slice(m.start, m.end))) return 0;
  // "the Geneva Conventions", "the Oslo Accords": a treaty named after a city, not a scene there.
  if (!arabicToken && TREATY_AFTER.test(text.slice(m.end, m.end + 16))) return 0;
  // After a trigger noun the word reading is gone: مدينة اب is Ibb however the hamza is written.
  const exact = EXACT_SURFACE.get(m.key);
  if (exact && !text.slice(m.start, m.end).endsWith(exact) && !nounTrigger) return 0;
  if (arabicToken && !arabicShapeOk(text, tokens, m, quoted)) return 0;
  // The head after "Middle Juba region" belongs to the longer name: only a trigger before the name vouches for it.
  if (!arabicToken && !best.curated && partOfLongerName(text, tokens, m) && !before) return 0;
  // "Khalil al-Hayya" (Hebron's Arabic name), "Deir al-Balah" read as the village Balah: a piece of a longer name.
  if (!arabicToken && m.tokens === 1 && !best.curated && inArabicName(text, m.start, m.end, best.place.population))
    return 0;
  if (!arabicToken && best.curated && inPersonName(text, tokens, m, (k) => countryWord(store, k))) return 0;
  if (!arabicToken && longerNameAfterOf(text, tokens, m)) return 0;
  if (!arabicToken && longerRomanceName(text, tokens, m)) return 0;
  if (!arabicToken && namesWaterBody(text, tokens, m)) return 0;
  // "the Radaa armed group", "the Radaa (Deterrence) force" in Libyan news: a name heading an armed group, when it is
  // also a town of a country the text never names, is the group's name, not that town (Rada'a in Yemen); so is
  // each bare mention of a name the text uses so elsewhere ("blamed Radaa for the fighting"); so is one heading an
  // institution's name ("Madina Hospital" in Somali news: institution-names.ts).
  if (
    !arabicToken &&
    !sameCountry &&
    otherCountry(ctx, cc) &&
    (headsGroup(text.slice(m.end, m.end + 48)) ||
      headsInstitution(text.slice(m.end, m.end + 16)) ||
      namesGroupInText(text, text.slice(m.start, m.end)))
  )
    return 0;
  if (SOFT_PLACE_STOPWORDS.has(m.key) && !trigger)
    return sameCountry && !nounWithAdjectiveReading(text, tokens, m.index, m.key) ? 0.7 : 0;
  // Quotes alone do not vouch for a foreign or stop-listed name: «ستانلي», "كورونا", «أمل» are brands and titles.
  const wordTrigger = commonWord ? nounTrigger : hasTrigger(tokens, m.index, m.stripped) || after || dual !== 'none';
  // A GeoNames place of a country the text does not otherwise name, in a text about other countries (Medenine in
  // Yemeni news, Hassan/IN in Lebanese news, Till/PS in Iraqi news) is more likely a homonym. Outside MENA: small
  // ones are dropped even after a trigger (the local place is not in the gazetteer), medium ones need the trigger.
  // In MENA: small ones need a trigger and no quotes. Capitals are exempt.
  if (!best.curated && !sameCountry && !store.capitals.has(best.place.id) && otherCountry(ctx, cc)) {
    const pop = best.place.population;
    if (MENA.has(cc)) {
      // Quotes mark a local name the reader is not expected to know (بمناطق "المهدية" in Yemen), not Tunisia's.
      if (pop < FOREIGN_SMALL_POPULATION && (!wordTrigger || quoted)) return 0;
      // "في منطقة الفاو" in Yemeni news: an "area" the text names in a country it never names is a local one.
      // Not when a compass word places it by another place ("منطقة الكرامة جنوب العريش": anchored-places.ts).
      if (
        pop < FOREIGN_ARABIC_POPULATION &&
        AREA_NOUNS.has(tokens[m.index - 1]?.key ?? '') &&
        !AREA_ANCHORS.has(tokens[m.index + m.tokens]?.key ?? '')
      )
        return 0;
    } else {
      if (pop < FOREIGN_SMALL_POPULATION) return 0;
      if (pop < FOREIGN_ARABIC_POPULATION && !wordTrigger && !actedOn(tokens, m)) return 0;
    }
  }
  // "المنطقة الخضراء" (the green zone) in Yemeni news is a front near al-Anad, not Baghdad's; "المنطقة الشرقية" in
  // Syrian news is no Saudi province: a curated name that is an "area" noun phrase holds only where its country is
  // named or no other country is.
  if (arabicToken && best.curated && !sameCountry && otherCountry(ctx, cc) && AREA_PHRASE.test(m.key)) return 0;
  // A curated town or district of a country the text never names, in a text about a country it names outside the
  // region the table covers in depth, is a namesake: "قرية بيتا قرب غابة سامبيسا" in Nigerian news is not Beita near
  // Nablus (the local village is not in the table). Within MENA a text often names a town without its country.
  const focus = ctx.focus && ctx.named.has(ctx.focus) ? ctx.focus : null;
  if (best.curated && LOCAL_KINDS.has(best.place.kind) && !sameCountry && focus && !MENA.has(focus)) return 0;
  // Short Arabic spellings of foreign towns (رون, لبك, بم) collide with words even when the country is named; a
  // proclitic reading of one (ببيان → ب+يان) never counts.
  const foreignSmall =
    arabicToken &&
    !best.curated &&
    !MENA.has(cc) &&
    best.place.population < FOREIGN_ARABIC_POPULATION &&
    !knownCapital(store, m, best);
  if (foreignSmall && (m.stripped || !(sameCountry && m.key.length >= 5))) return wordTrigger ? 0.7 : 0;
  // A proclitic reading (لبنان → ل+بنان, لجنة → ل+جنه) must land on a well-known place, not any GeoNames hamlet.
  if (m.stripped && !best.curated && !isStrong(best)) return 0;
  if (commonWord) return nounTrigger ? 0.8 : listed ? 0.65 : 0;
  // English words that are also given names (Hassan, Salem, Leon): a place only with a trigger or its country.
  if (!arabicToken && m.tokens === 1 && !best.curated && ENGLISH_GIVEN_NAMES.has(m.key) && !trigger && !sameCountry)
    return 0;
  if (best.ambiguous) return trigger ? 0.8 : listed ? 0.65 : 0;
  if (isStrong(best)) return trigger ? 0.92 : m.stripped ? 0.8 : 0.85;
  if (trigger) return 0.75;
  return sameCountry && !m.stripped && m.key.length >= 4 ? 0.6 : 0;
}
