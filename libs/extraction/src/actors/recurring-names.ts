// Arabic personal names the dictionary and the first-name list do not know (روبيرت بايبر, مبارك بن بنيه الخرينج):
// a run of name-like words is a person's name when its last word (the surname) recurs alone elsewhere in the text
// right after a verb of speech or action ("ودعا روبيرت بايبر إسرائيل ... وأضاف بايبر"). The bare surname after
// such a verb is then that person too, as is the surname of a titled name found earlier (الجنرال مارتن ديمبسي ...
// وقال ديمبسي).
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import { getStore as getGazetteer } from '../gazetteer/gazetteer-store';
import { normalizeKey } from '@marsad/contracts';
import { offsetOfKeyIndex, type Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import type { ActorMention, ActorRef } from './actor.types';
import { adjacent } from './person-ref';

const keys = (words: string) => new Set(words.split(' ').map(normalizeKey));

/** Verbs a person's name follows as their subject (folded, without و/ف). */
const VERBS = keys(
  'قال أضاف أكد أوضح أشار دعا طالب شدد تابع ذكر اعتبر رأى نفى أعلن حذر أعرب اتهم انتقد رفض لفت كشف بين أبدى ' +
    'قالت أضافت أكدت أوضحت أشارت دعت طالبت شددت تابعت ذكرت اعتبرت نفت أعلنت حذرت أعربت اتهمت انتقدت رفضت ' +
    // verbs of judging and addressing ("ووجه طواف انتقادات لاذعة", "وندد جباري", "وتوقع جباري أن")
    'وجه ندد أدان رحب أشاد توقع حث هدد استنكر وجهت نددت أدانت رحبت أشادت توقعت حثت هددت استنكرت',
);
/** ال-initial function words (إلى folds to الي, الذي): they do not make the word before them a construct noun. */
const NOT_IDAFA = keys('إلى الا الذي التي الذين اللذين');
const SPEECH_ONLY = keys('صرح صرحت يقول تقول قائلا مضيفا مؤكدا');
/** Links inside a name: مبارك بن بنيه, أبو بكر, عبد الله, آل فرج. */
const LINKS = keys('بن ابن أبو أبي عبد آل');
/** Nouns that follow a verb of speech and recur but are no names: the statement, the source, the witnesses. */
const COMMON = keys(
  'البيان بيان المصدر مصدر المصادر مصادر المسؤول مسؤول الشهود شهود التقرير الموقع الوكالة الصحيفة المرصد المتحدث ' +
    'الناطق الوزير الرئيس الأمين المبعوث السفير القائد المدير المحافظ النائب الشيخ العميد اللواء العقيد المسؤولون ' +
    'الجيش الأمن الشرطة الحكومة الوزارة المجلس اللجنة الهيئة المنظمة الحركة الجماعة التنظيم الحزب الطرفان الجانبان ' +
    'المحلل الخبير الباحث الكاتب الصحفي الناشط الأهالي السكان المواطنون الطرف الجانب الاتفاق القرار ' +
    // quantifiers, particles and construct nouns that open a noun phrase (مختلف مناطق, صفوف عناصر, أما مدرب)
    'مختلف صفوف عناصر أما عقد دور ثاني أكبر أول مدير مدرب محافظ قطاع هناك مثل مركز محور مقطع جميع بعض كل عدة ' +
    'أحد لاعب نادي مشرعون مسؤولون قادة عناصر خبراء صحافيون ناشطون',
);

// A given name and a surname, or longer with a link (مبارك بن بنيه الخرينج, أبو بكر البغدادي).
const MAX_BEFORE = 3;

function wordOk(t: Token, store: ActorStore, gazetteerHas: (k: string) => boolean): boolean {
  const k = t.key;
  if (!t.arabic || k.length < 2) return false;
  if (LINKS.has(k)) return true;
  // A verb of speech is no name word (صرّح منسق الشؤون).
  if (VERBS.has(k.replace(/^[وف]/, '')) || SPEECH_ONLY.has(k.replace(/^[وف]/, ''))) return false;
  if (store.nameStop.has(k) || store.titles.byKey.has(k) || store.titles.firstToken.has(k)) return false;
  if (store.gentilics.has(k) || store.institutions.firstToken.has(k) || COMMON.has(k)) return false;
  if (store.actors.byKey.has(k) || gazetteerHas(k)) return false;
  // و-words (وهو, وكان, ودعا) and words with a glued preposition and article (بالإنابة, للأمم) end a name.
  if (/^[وف]/.test(k) && !store.firstNames.has(k)) return false;
  return !/^(بال|لل|وال|فال|كال)/.test(k);
}

/** A run of name words reads as a person's name rather than a noun phrase (منشأة مخالفة, لنص المرسوم, موقع
 * الكلية): the given name carries no glued preposition and no feminine or pronoun ending (unless it is a known
 * given name), the surname is no feminine noun or plural (شركة, قطاعات), and an ال surname needs a known given
 * name, a link (مبارك بن بنيه الخرينج) or a three-word name (حامد رافع الخيالي). */
function plausibleName(run: Token[], store: ActorStore): boolean {
  const given = run[0].key;
  const surname = run[run.length - 1].key;
  if (given.startsWith('ال')) return false;
  const knownGiven = store.firstNames.has(given) || LINKS.has(given);
  if (!knownGiven && (/^[لبك]/.test(given) || /(ه|ها|هم|نا)$/.test(given))) return false;
  if (/(ه|ات)$/.test(surname)) return false;
  if (surname.startsWith('ال') && !knownGiven && run.length < 3 && !run.some((t) => LINKS.has(t.key))) return false;
  return true;
}

/** The token at i follows a verb of speech or action (وأضاف بايبر, ودعا الخرينج). */
function afterVerb(tokens: Token[], i: number, text: string): boolean {
  const prev = tokens[i - 1];
  if (!prev?.arabic || !adjacent(text, prev, tokens[i])) return false;
  // "وقال منسق الشؤون": a noun heading an idafa, not a surname.
  const next = tokens[i + 1];
  if (next?.arabic && next.key.startsWith('ال') && !NOT_IDAFA.has(next.key) && adjacent(text, tokens[i], next))
    return false;
  const k = prev.key.replace(/^[وف]/, '');
  return VERBS.has(k) || VERBS.has(prev.key);
}

/** VERBS with their و / ف forms (وأضاف, فقال): verbBefore asks one set, slicing nothing, for every word. */
const VERB_FORMS = new Set([...VERBS, ...[...VERBS].flatMap((v) => ['و' + v, 'ف' + v])]);

/** A cheap first test of afterVerb: the word before is a verb of speech or action (with or without و/ف). */
function verbBefore(prev: Token): boolean {
  return prev.arabic && VERB_FORMS.has(prev.key);
}

/** How the Arabic token at i reads as a lone surname: as written, or without a glued و; null for short words. */
function aloneReading(tokens: Token[], vars: KeyVariant[][], i: number): KeyVariant | null {
  if (!tokens[i].arabic) return null;
  for (const v of vars[i]) {
    if (v.skip !== 0 && !(v.skip === 1 && tokens[i].key[0] === 'و')) continue;
    return v.key.length < 4 ? null : v;
  }
  return null;
}

export function recurringNames(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  found: ActorMention[],
  store: ActorStore,
): ActorMention[] {
  if (!tokens.some((t) => t.arabic)) return found;
  const gazetteer = getGazetteer();
  const gazetteerHas = (k: string) => gazetteer.byKey.has(k);
  const covered = new Array<boolean>(tokens.length).fill(false);
  let f = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (f < found.length && found[f].end <= tokens[i].start) f++;
    if (f < found.length && found[f].start < tokens[i].end) covered[i] = true;
  }
  // Surname → positions where it stands alone (uncovered), read with or without a glued و. Only words that some
  // verb of speech or action precedes somewhere can name anyone below, so only they are collected.
  const afterSomeVerb = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    if (covered[i] || !verbBefore(tokens[i - 1])) continue;
    const reading = aloneReading(tokens, vars, i);
    if (reading && afterVerb(tokens, i, text)) afterSomeVerb.add(reading.key);
  }
  const alone = new Map<string, { i: number; skip: number }[]>();
  for (let i = 0; afterSomeVerb.size && i < tokens.length; i++) {
    if (covered[i]) continue;
    const reading = aloneReading(tokens, vars, i);
    if (!reading || !afterSomeVerb.has(reading.key)) continue;
    const list = alone.get(reading.key);
    if (list) list.push({ i, skip: reading.skip });
    else alone.set(reading.key, [{ i, skip: reading.skip }]);
  }
  // Built only when a recurring word needs it (most articles have none).
  let definiteCache: Set<string> | null = null;
  const definite = (): Set<string> => {
    if (definiteCache) return definiteCache;
    definiteCache = new Set(tokens.filter((t) => t.arabic).map((t) => t.key.replace(/^[وفبلك]/, '')));
    for (const t of tokens) if (t.arabic) definiteCache.add(t.key);
    return definiteCache;
  };
  const people = new Map<string, ActorRef>();
  const added: ActorMention[] = [];
  // Titled or dictionary-less people found already (الجنرال مارتن ديمبسي): their surname is known.
  for (const m of found) {
    if (m.actor.kind !== 'person' || !m.actor.id.startsWith('person:')) continue;
    const parts = m.actor.id.slice(7).split(' ');
    if (parts.length >= 2) people.set(parts[parts.length - 1], m.actor);
  }
  // Unknown full names: a run of name words ending in a surname that recurs alone after a verb.
  for (const [surname, spots] of alone) {
    if (people.has(surname) || spots.length < 2) continue;
    const t0 = tokens[spots[0].i];
    if (spots[0].skip !== 0 || !wordOk(t0, store, gazetteerHas) || store.firstNames.has(surname)) continue;
    // A word the text also writes with the article (عناصر / العناصر) is a common noun, not a surname.
    if (!surname.startsWith('ال') && definite().has('ال' + surname)) continue;
    if (!spots.slice(1).some((s) => afterVerb(tokens, s.i, text))) continue;
    const end = spots[0].i;
    let first = end;
    while (first > 0 && end - first < MAX_BEFORE) {
      const w = tokens[first - 1];
      if (covered[first - 1] || !adjacent(text, w, tokens[first]) || !wordOk(w, store, gazetteerHas)) break;
      // An ال word inside a name only after a link (عبد الرحمن); elsewhere it ends the name before it.
      if (w.key.startsWith('ال') && !LINKS.has(tokens[first - 2]?.key ?? '')) break;
      // Past two words only through a link: "تعهد خوسيب بارتوميو" is a verb before a name.
      if (end - first >= 1 && !LINKS.has(w.key) && !LINKS.has(tokens[first].key)) break;
      first--;
    }
    while (first < end && LINKS.has(tokens[first].key) && tokens[first].key !== 'ابو' && tokens[first].key !== 'عبد')
      first++;
    if (first === end || !plausibleName(tokens.slice(first, end + 1), store)) continue;
    const name = text.slice(tokens[first].start, tokens[end].end);
    const key = tokens
      .slice(first, end + 1)
      .map((t) => t.key)
      .join(' ');
    const actor: ActorRef = { id: `person:${key}`, name, kind: 'person', country: null };
    people.set(surname, actor);
    // Every occurrence of the full name ("«روبيرت بايبر»" ... "ودعا -روبيرت بايبر -إسرائيل").
    const n = end - first;
    for (const s of spots) {
      const from = s.i - n;
      if (s.skip !== 0 || from < 0 || covered[s.i]) continue;
      if (!tokens.slice(from, s.i).every((t, k) => t.key === tokens[first + k].key && !covered[from + k])) continue;
      const surface = text.slice(tokens[from].start, tokens[s.i].end);
      added.push({ start: tokens[from].start, end: tokens[s.i].end, surface, actor });
      for (let k = from; k <= s.i; k++) covered[k] = true;
    }
  }
  // The bare surname after a verb is the person.
  for (const [surname, actor] of people) {
    for (const s of alone.get(surname) ?? []) {
      if (covered[s.i] || !afterVerb(tokens, s.i, text)) continue;
      const t = tokens[s.i];
      const start = s.skip ? offsetOfKeyIndex(text, t, s.skip) : t.start;
      added.push({ start, end: t.end, surface: text.slice(start, t.end), actor });
      covered[s.i] = true;
    }
  }
  if (!added.length) return found;
  return [...found, ...added].sort((a, b) => a.start - b.start);
}
