// Places a sentence names that are not the scene of its happening: where a statement was made ("في مؤتمر صحافي في
// أنقرة", "told a news conference in Ankara") and where aircraft, aid or people set out from ("انطلقت من قاعدة … في
// ديار بكر", "الواردة من … بالرياض").
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet, wordSet } from '../../text/word-sets';

const DESTINATION = foldedSet(['إلى', 'الى', 'نحو', 'باتجاه', 'صوب', 'to', 'toward', 'towards', 'into']);

const PRESS = foldedSet(['صحفي', 'صحافي', 'الصحفي', 'الصحافي', 'news', 'press']);
const CONFERENCE = foldedSet(['مؤتمر', 'مؤتمره', 'المؤتمر', 'conference', 'briefing']);
/** Words a press-conference phrase may put before its place: "في مؤتمر صحافي بثه التلفزيون في أنقرة". */
const PRESS_REACH = 5;

/** "قال في مؤتمر صحافي عقده في أنقرة إن …", "told a news conference in Ankara": where a statement was made, not
 * where the happening it reports took place — unless the happening's trigger stands between the two ("في مؤتمره
 * الصحافي بعد توقيع الاتفاق في فيينا": Vienna is where the deal was signed). */
export function isPressVenue(tokens: Token[], p: Span<PlaceLike>, lowest: number, triggerEnd: number): boolean {
  const from = triggerEnd <= p.first ? Math.max(lowest + 1, triggerEnd + 1) : lowest + 1;
  for (let k = p.first - 1; k >= Math.max(from, p.first - PRESS_REACH); k--) {
    const [a, b] = tokens[k].isArabic ? [tokens[k - 1], tokens[k]] : [tokens[k], tokens[k + 1]];
    if (a && b && CONFERENCE.has(a.norm) && PRESS.has(b.norm)) return true;
    if (a && b && PRESS.has(a.norm) && CONFERENCE.has(b.norm)) return true;
  }
  return false;
}

/** Words of setting out or coming from: "طائرات انطلقت من قاعدة", "مواد إغاثية قادمة من", "flew from". */
const SETTING_OUT = foldedSet([
  'انطلقت',
  'انطلق',
  'انطلقوا',
  'اقلعت',
  'اقلع',
  'قادمه',
  'القادمه',
  'قادم',
  'القادم',
  'القادمين',
  'وارده',
  'الوارده',
  'والوارده',
  'took',
  'launched',
  'flew',
  'flying',
  'coming',
  'arriving',
  'departing',
  // "army reinforcements sent from Beledweyne … regained control of the base": where help was sent from.
  'sent',
  'dispatched',
]);
const SETTING_OUT_LINK = foldedSet(['من', 'from', 'off']);
/** How far back from the place its "set out from" phrase may start: "انطلقت من قاعدة القيادة الجوية الثامنة في ولاية
 * ديار بكر". */
const SETTING_OUT_REACH = 7;

/** "استهدف سلاح الجو مواقع … بطائرات انطلقت من قاعدة … في ولاية ديار بكر", "شيكات الإعانات الواردة من الأمانة العامة
 * … بالرياض", "jets that took off from Incirlik": where the aircraft, aid or people came from, not the scene. */
export function isSettingOut(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  for (let k = p.first - 1; k > lowest && k >= p.first - SETTING_OUT_REACH; k--) {
    if (DESTINATION.has(tokens[k].norm)) return false;
    if (!SETTING_OUT_LINK.has(tokens[k].norm)) continue;
    const verb = tokens[k - 1];
    if (SETTING_OUT.has(verb.norm) || (verb.norm === 'took' && tokens[k].norm === 'off')) return true;
    if (tokens[k].norm === 'from' && verb.norm === 'off' && tokens[k - 2]?.norm === 'took') return true;
  }
  return false;
}

/** Words saying where a person lives, was born or is registered: "مسجّل في منطقة أديامان", "المقيم في الرياض",
 * "من مواليد حلب", "a resident of Mosul", "born in Tikrit"; or where a leader sits out in refuge or exile: "قوات
 * حكومة هادي اللاجئ في السعودية", "the government exiled in Riyadh" (only the singular: "مخيم اللاجئين في" is a
 * camp, often the scene). */
const RESIDENCE = foldedSet([
  'مسجل',
  'المسجل',
  'مسجله',
  'يقيم',
  // A woman's home too: "امرأة بريطانية تقيم في لندن", "المقيمة في".
  'تقيم',
  'المقيم',
  'مقيم',
  'مقيمة',
  'المقيمة',
  'المقيمين',
  'يقطن',
  'تقطن',
  'القاطن',
  'يسكن',
  'الساكن',
  'مواليد',
  'ينحدر',
  'المنحدر',
  'لاجئ',
  'اللاجئ',
  'منفي',
  'المنفي',
  'resident',
  'residents',
  'born',
  'native',
  'lives',
  // "who had lived in the US state of California", "residents who have lived in New Caledonia for ten years".
  'lived',
  'hometown',
  'exiled',
]);
/** Words between a residence word and its place: "مسجّل في منطقة", "من مواليد مدينة", "a resident of the town of". */
const RESIDENCE_GAP = foldedSet([
  'في',
  'من',
  'ب',
  'منطقه',
  'مدينه',
  'محافظه',
  'قريه',
  'بلده',
  'in',
  'of',
  'the',
  'city',
  'town',
]);
/** English names the state or province of a home before its name: "lived in the US state of California", "the
 * Canadian province of Ontario" (the capitalised word before the unit is its country). */
const EN_UNITS = new Set(['state', 'province', 'region']);
const RESIDENCE_REACH = 4;
const EN_RESIDENCE_REACH = 6;

/** Words naming the person a place has just introduced: "لتركي … من مدينة أديامان يدعى علي آلاجوز". */
const NAMED = foldedSet(['يدعى', 'ويدعى', 'يسمى', 'ويسمى', 'اسمه', 'واسمه']);
/** Words between "من" and the place of "من مدينة X يدعى". */
const HOMETOWN_GAP = foldedSet(['مدينه', 'بلده', 'قريه', 'محافظه', 'منطقه']);

/** "لتركي في العقد الثاني من العمر من مدينة أديامان يدعى علي آلاجوز": a person introduced by where he comes from and
 * then by his name; the town is his home, not the scene. */
function isHometown(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  if (!tokens[p.first].isArabic || !NAMED.has(tokens[p.end]?.norm ?? '')) return false;
  let k = p.first - 1;
  if (k > lowest && HOMETOWN_GAP.has(tokens[k].norm)) k--;
  return k >= lowest && tokens[k].norm === 'من';
}

/** "الانتحاري … مسجّل في منطقة أديامان", "the gunman, a resident of Mosul": a person's home describes the person, not
 * the scene of what they did. */
export function isResidence(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  if (isHometown(tokens, p, lowest)) return true;
  const english = !tokens[p.first].isArabic;
  const reach = english ? EN_RESIDENCE_REACH : RESIDENCE_REACH;
  for (let k = p.first - 1; k > lowest && k >= p.first - reach; k--) {
    // Read through the stems: "ومسجّل في", "والمقيم في".
    if (RESIDENCE.has(tokens[k].norm) || (tokens[k].isArabic && tokens[k].stems.some((s) => RESIDENCE.has(s))))
      return !isWitnessPlace(tokens, k, p);
    const unit =
      english &&
      (EN_UNITS.has(tokens[k].norm) || (/^\p{Lu}/u.test(tokens[k].surface) && EN_UNITS.has(tokens[k + 1].norm)));
    if (!RESIDENCE_GAP.has(tokens[k].norm) && !unit) return false;
  }
  return false;
}

/** Verbs of witnesses speaking: "residents of El Fasher said", "residents in the town told Reuters". */
const WITNESS_SPEECH = foldedSet(['said', 'say', 'says', 'told', 'reported', 'described', 'recounted']);
/** Words that may stand between the place and the speech verb: "residents of El Fasher, North Darfur, said". */
const WITNESS_REACH = 4;

/** "residents of El Fasher said RSF artillery had shelled …": residents speaking of their town are witnesses there,
 * so the town is the scene of what they report, not a home that describes a person. */
function isWitnessPlace(tokens: Token[], residence: number, p: Span<PlaceLike>): boolean {
  if (tokens[residence].norm !== 'residents') return false;
  for (let k = p.end; k < tokens.length && k < p.end + WITNESS_REACH; k++)
    if (WITNESS_SPEECH.has(tokens[k].norm)) return true;
  return false;
}

const CAME = foldedSet(['came', 'comes', 'come']);
/** What opens the time clause after "came": "came as", "came a day after", "came hours after", "came amid". */
const CAME_LINK = foldedSet([
  'as',
  'after',
  'amid',
  'while',
  'when',
  'a',
  'days',
  'hours',
  'weeks',
  'just',
  'shortly',
  'only',
  'one',
  'two',
  'three',
  'less',
  'barely',
]);

/** "The attack came as the envoy met the junta leader in Naypyitaw", "the arrests come as the rebels face …": a
 * happening named again as the subject of "came as/after" is placed by the report before it; the places of the time
 * clause belong to the other happening it is timed against. */
export function isTimedAgainst(tokens: Token[], triggerEnd: number): boolean {
  return CAME.has(tokens[triggerEnd]?.norm ?? '') && CAME_LINK.has(tokens[triggerEnd + 1]?.norm ?? '');
}

/** Verbs of saying that take their speaker right after them: "قالت …", "وأكد …". */
const SAYING = foldedSet(
  ['قال', 'قالت', 'اكد', 'اكدت', 'اضاف', 'اضافت', 'ذكر', 'ذكرت', 'اوضح', 'اوضحت', 'اعلن', 'اعلنت'].flatMap((w) => [
    w,
    `و${w}`,
  ]),
);
const THAT = foldedSet(['إن', 'أن', 'ان', 'بأن', 'بان']);
/** "وهي", "وهو": the apposition that describes a person just named ("who is a senior MP"). */
const WHO_IS = foldedSet(['وهي', 'وهو']);
/** Particles that may stand between a verb of saying and a place ("وقال في بولدان"): no first name. */
const PARTICLES = wordSet('في من إلى الى على عن مع قرب داخل لدى أمام خلال بعد قبل');

/** "قالت بولدان إن الانفجار وقع": a name between a verb of saying and "that" is who spoke (a person or a state's
 * capital that shares a place's name), not where anything happened. */
export function isSpeakerName(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  const before = tokens[p.first - 1];
  const after = tokens[p.end];
  if (p.first - 1 < lowest || !before || !after) return false;
  if (SAYING.has(before.norm) && THAT.has(after.norm)) return true;
  // "وقالت بروين بولدان وهي نائبة عن حزب …": a surname after a verb of saying and a first name, described by "وهي"
  // / "وهو" (who is), is a person introduced: a town so placed would follow a preposition ("وقال في بولدان").
  const verb = tokens[p.first - 2];
  return (
    p.first - 2 >= lowest &&
    !!verb &&
    SAYING.has(verb.norm) &&
    before.isArabic &&
    !PARTICLES.has(before.norm) &&
    before.end + 1 === tokens[p.first].start &&
    WHO_IS.has(after.norm)
  );
}

/** Units an English place name may carry before the office it qualifies: "Kaduna state police". */
const EN_PLACE_UNITS = foldedSet(['state', 'province', 'region', 'county', 'district', 'city']);
/** Offices whose place names who speaks, not where it happened: "…, Kaduna state police spokesman Mansir Hassan said". */
const EN_SPEAKING_OFFICES = foldedSet([
  'police',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'governor',
  'government',
  'official',
  'officials',
  'authorities',
  'commissioner',
  'council',
  'health',
]);
const EN_SAID = foldedSet(['said', 'says', 'told', 'added', 'confirmed']);
const EN_SPEAKER_REACH = 7;

/** "One man was shot dead, Kaduna state police spokesman Mansir Hassan said": after the trigger, a place that
 * qualifies the office of the speaker of an attribution names where he speaks for, not the scene. */
export function isSpeakerOffice(tokens: Token[], p: Span<PlaceLike>, triggerEnd: number): boolean {
  if (p.first < triggerEnd || tokens[p.first]?.isArabic) return false;
  let k = p.end;
  if (EN_PLACE_UNITS.has(tokens[k]?.norm ?? '')) k++;
  // Only a space between the name and its office ("in Gazipur, officials said" is the scene and a speaker).
  for (let j = p.end; j <= k; j++) if (!tokens[j] || tokens[j].start - tokens[j - 1].end > 1) return false;
  if (!EN_SPEAKING_OFFICES.has(tokens[k].norm)) return false;
  for (let j = k + 1; j < Math.min(tokens.length, p.end + EN_SPEAKER_REACH); j++)
    if (EN_SAID.has(tokens[j].norm)) return true;
  return false;
}

/** Sources of an "according to" attribution: "according to a transporters' union official in Kayes". */
const EN_SOURCES = foldedSet([
  'official',
  'officials',
  'source',
  'sources',
  'representative',
  'representatives',
  // "according to Major Abdirahman Hassan, a commander in the Middle Shabelle region".
  'commander',
  'spokesman',
  'spokeswoman',
]);
const EN_ACCORDING_REACH = 10;

/** "Four drivers and two soldiers from the escort were killed, according to a transporters' union official in
 * Kayes": after the trigger, the place where an "according to" source sits is where he speaks from, not the scene. */
export function isAccordingSourcePlace(tokens: Token[], p: Span<PlaceLike>, triggerEnd: number): boolean {
  if (p.first < triggerEnd || tokens[p.first]?.isArabic) return false;
  // "an official in Kayes", "a commander in the Middle Shabelle region".
  const at = tokens[p.first - 1]?.norm === 'the' ? p.first - 1 : p.first;
  if (tokens[at - 1]?.norm !== 'in' || !EN_SOURCES.has(tokens[at - 2]?.norm ?? '')) return false;
  for (let j = at - 3; j >= Math.max(triggerEnd, at - EN_ACCORDING_REACH); j--)
    if (tokens[j].norm === 'to' && tokens[j - 1]?.norm === 'according') return true;
  return false;
}
