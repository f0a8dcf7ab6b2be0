// The subject of a verb trigger when the actor dictionary has no name for it: the noun phrase right before an
// English verb ("Protest organisers called for", "The U.N. Assistance Mission in Afghanistan condemned") or right
// after an Arabic verb ("واتهمت المؤسسة الوطنية للنفط"), or between إن/أن and the verb ("إن القوى الجنوبية
// اعتقلت"). Only phrases headed by an agent noun (forces, ministry, official, قوات، وزارة، المتحدث) or an English
// proper name qualify, so objects and places are not read as doers. Such actors carry no dictionary id.
import type { TriggerMatch } from '../patterns/match-triggers';
import { foldWord, type Token } from '../text/tokenize';
import type { ActorLike, Span } from './assemble.types';
import { ADMINISTRATION_HEADS, PEOPLE_HEADS, adjectival } from './arabic-adjectives';
import { pastClaimNoun } from './english-claim-relative';

export const TEXT_ACTOR_PREFIX = 'text:';

const set = (words: string[]) => new Set(words.map(foldWord));
const BOMBER_WORDS = ['انتحاري', 'انتحارية', 'انتحاريان', 'انتحاريتان', 'الانتحاري', 'الانتحارية'];
export const SUBJECT_HEADS = new Set(
  'government ministry forces force police army military official officials spokesman spokeswoman spokesperson organisers organizers group militants gunmen protesters demonstrators residents envoy mission council authorities authority troops soldiers rebels fighters court prosecutors prosecutor man woman attacker assailant mediators leader leaders president minister governor committee agency coalition alliance party movement administration office department navy guards guard commander commanders chief unions delegation negotiators activists lawmakers parliament junta regime service warplanes jets agents insurgents jihadists gunman militiamen gangs parties members groups union cabinet organisation organization organisations organizations'.split(
    ' ',
  ),
);
const EN_STOP = new Set(
  'the a an and or but that which who whom whose when where whereas while as after before if because since than then also had has have is was were be been being it its he she they we i you this these those there here not no said says told on at by with from for of in to into over under about after during'.split(
    ' ',
  ),
);
const EN_PREPS = new Set('of in at near from on into outside inside around across'.split(' '));
const EN_SKIP = new Set(
  'had has have also then later reportedly on late early monday tuesday wednesday thursday friday saturday sunday overnight yesterday today earlier night however'.split(
    ' ',
  ),
);
const AR_HEADS = set([
  'قوة',
  'قوات',
  'القوات',
  'الجيش',
  'جيش',
  'الشرطة',
  // "شرطة منطقة القصيم", "حرس الحدود", "جهاز الأمن": a force named by its unit in the construct state.
  'شرطة',
  'حرس',
  'جهاز',
  'الامن',
  'قوى',
  'القوى',
  'مسلحو',
  'مسلحون',
  // "فجر انتحاري نفسه", "سيارة مفخخة يقودها انتحاري": the bomber is the doer the article names.
  ...BOMBER_WORDS,
  'المسلحون',
  'مقاتلو',
  'مقاتلات',
  'طائرات',
  'الطائرات',
  'الطيران',
  'طيران',
  'وزارة',
  'الوزارة',
  'وزير',
  'الوزير',
  'رئيس',
  'الرئيس',
  'المتحدث',
  'متحدث',
  'مجلس',
  'المجلس',
  'الحكومة',
  'حكومة',
  'السلطات',
  'سلطات',
  'المؤسسة',
  'مؤسسة',
  'الهيئة',
  'هيئة',
  'اللجنة',
  'لجنة',
  'المنظمة',
  'منظمة',
  'الحركة',
  'حركة',
  'الفصائل',
  'فصائل',
  'المقاومة',
  'المعارضة',
  'البرلمان',
  'المحكمة',
  'محكمة',
  'النيابة',
  'السفارة',
  'المتظاهرون',
  'المحتجون',
  'اهالي',
  'الاهالي',
  'سكان',
  'قائد',
  'القائد',
  'زعيم',
  'الزعيم',
  'مدير',
  'محافظ',
  'المحافظ',
  // "دعا حاكما بورنو ويوبي": a governor, the dual in the construct state too.
  'حاكم',
  'الحاكم',
  'حاكما',
  'الامير',
  'الملك',
  'ولي',
  'نائب',
  'النائب',
  'مسؤول',
  'المسؤول',
  'مسؤولو',
  'المسؤولون',
  'اجهزة',
  'الاجهزة',
  // "الجهات الأمنية", "وحدات خاصة", "دوريات الأمن": security bodies named by their kind.
  'الجهات',
  'جهات',
  'وحدات',
  'الوحدات',
  'دوريات',
  'الحرس',
  'البحرية',
  'ميليشيات',
  'ميليشيا',
  // "استهدفت أيادي العملاء من ميليشيات الحوثي": the hands (agents) of a group the phrase goes on to name.
  'أيادي',
  // "تمكنت الفرقة السابعة في الجيش العراقي من قتل": an army unit.
  // (definite only: "فرقة العمل" is a task force, often the one addressed).
  'الفرقة',
  'الكتيبة',
  'الفيلق',
  'مليشيات',
  'الميليشيات',
  'مفتي',
  'الناطق',
  'ناطق',
  'تجمع',
  'التحالف',
  'الائتلاف',
  'الاتحاد',
  'الجامعة',
  ...ADMINISTRATION_HEADS,
]);
const AR_STOP = set([
  'في',
  'على',
  'من',
  'الى',
  'إلى',
  'عن',
  'مع',
  'ضد',
  'بين',
  'خلال',
  'منذ',
  'بعد',
  'قبل',
  'عند',
  'الذي',
  'التي',
  'الذين',
  'ان',
  'إن',
  'أن',
  'امس',
  'اليوم',
  'مساء',
  'صباح',
  'فجر',
  'ليلة',
  'حيث',
  'بان',
  'بأن',
  'و',
]);
const AR_TIME = set([
  'امس',
  'اليوم',
  'مساء',
  'صباح',
  'فجر',
  'ليلة',
  'الاحد',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
]);
const BREAK = /[.،,:;؛«»"“”()\n—–]/;
// "الفرقة السابعة", "اللواء الثالث": ordinals qualify a unit like adjectives.
const ORDINALS = set(
  ['الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع', 'الرابعة', 'الخامس', 'الخامسة'].concat([
    'السادس',
    'السادسة',
    'السابع',
    'السابعة',
    'الثامن',
    'الثامنة',
    'التاسع',
    'التاسعة',
    'العاشر',
    'العاشرة',
  ]),
);

// "U.N. envoy": the dots of an initialism do not end the phrase.
const between = (text: string, a: Token, b: Token) =>
  /^[A-Z]$/.test(a.surface) ? text.slice(a.end, b.start).replace(/^\./, '') : text.slice(a.end, b.start);
const capital = (t: Token) => /^[A-Z]/.test(t.surface);

export function textActor(text: string, tokens: Token[], first: number, end: number): Span<ActorLike> {
  const surface = text.slice(tokens[first].start, tokens[end - 1].end);
  const name = surface.replace(/\s+/g, ' ');
  return {
    first,
    end,
    start: tokens[first].start,
    stop: tokens[end - 1].end,
    surface: name,
    value: { id: TEXT_ACTOR_PREFIX + foldWord(name), name, kind: 'other', country: null },
  };
}

function englishSubject(text: string, tokens: Token[], trigger: TriggerMatch, from: number): Span<ActorLike> | null {
  let k = trigger.first - 1;
  while (k >= from && EN_SKIP.has(tokens[k].norm) && !BREAK.test(between(text, tokens[k], tokens[k + 1]))) k--;
  if (k < from || BREAK.test(between(text, tokens[k], tokens[k + 1]))) return null;
  const head = tokens[k];
  if (head.isArabic || head.isNumber || EN_STOP.has(head.norm)) return null;
  // A capital proves a name only inside the sentence ("Shells hit" opens a sentence with a common noun).
  if (!SUBJECT_HEADS.has(head.norm) && (!capital(head) || (k === from && !/^[A-Z]{2,}/.test(head.surface))))
    return null;
  const end = k + 1;
  let first = k;
  for (let j = k - 1; j >= from && end - j <= 8; j--) {
    const t = tokens[j];
    if (BREAK.test(between(text, t, tokens[j + 1]))) break;
    if (t.isNumber) break;
    // "Assistance Mission in Afghanistan", "Ministry of Defence": a preposition between capitalised words.
    if (['of', 'in', 'for'].includes(t.norm) && capital(tokens[j + 1]) && j > from && capital(tokens[j - 1])) continue;
    if (EN_STOP.has(t.norm) || EN_SKIP.has(t.norm)) break;
    first = j;
  }
  // "Lebanon's" is split in two tokens: keep "s" with its owner, never as the start.
  if (tokens[first].norm === 's' && first + 1 < end) first++;
  first = pastClaimNoun(tokens, first, end);
  // "Taliban authorities in the western province of Herat have banned": a name after a preposition is its object,
  // the subject is further left (the dictionary's, or none).
  let p = first - 1;
  if (tokens[p]?.norm === 'the' && !BREAK.test(between(text, tokens[p], tokens[p + 1]))) p--;
  if (p >= from && EN_PREPS.has(tokens[p].norm) && !BREAK.test(between(text, tokens[p], tokens[p + 1]))) return null;
  return textActor(text, tokens, first, end);
}

// A bomber is one word: what follows is his object or a circumstance ("هاجم انتحاريان حمام سباحة").
const BOMBERS = set(BOMBER_WORDS);

function arabicPhrase(text: string, tokens: Token[], first: number, limit: number, heads = AR_HEADS): number {
  if (first >= limit || !tokens[first].isArabic || !tokens[first].stems.some((s) => heads.has(s))) return -1;
  if (BOMBERS.has(tokens[first].norm)) return first + 1;
  let end = first + 1;
  const definiteHead = /^[وف]?ال/.test(tokens[first].norm);
  while (end < limit && end - first < 5) {
    const t = tokens[end];
    if (!t.isArabic || AR_STOP.has(t.norm) || BREAK.test(between(text, tokens[end - 1], t))) break;
    // Modifiers and idafa are definite ("وزارة الدفاع", "المؤسسة الوطنية للنفط"); an indefinite word after a
    // definite head starts a name or a new phrase ("النائب حامد ...") that the phrase does not own.
    if (!/^(?:ال|لل)/.test(t.norm) && (definiteHead || end > first + 1)) break;
    // Past the head's own complement a definite word must read as an adjective ("المقاومة الشعبية", "القوات
    // المسلحة"); a plain noun there is the verb's object ("دعت الجوازات الأشقاء", "أدانت المحكمة الشركة").
    // (After an indefinite word a definite one is its idafa complement: "حكومة رئيس الوزراء".)
    const afterDefinite = /^[وف]?(?:ال|لل)/.test(tokens[end - 1].norm);
    if (t.norm.startsWith('ال') && afterDefinite && !adjectival(t.norm) && !ORDINALS.has(t.norm)) break;
    end++;
  }
  return end;
}

// Triggers whose subject may be a group of people (arabic-adjectives.ts).
const VOICE_TYPES = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SUPPORT', 'PROTEST']);
const AR_SPEAKER_HEADS = new Set([...AR_HEADS, ...set(PEOPLE_HEADS)]);

// Heads of a passive agent: who shoots or plants a bomb may be "عناصر" or "مسلحين" as well as forces, or a group
// or gang ("اختطافه من قبل مجموعة مسلحة", "إطلاق نار من قبل مجموعة إرهابية").
const AGENT_HEADS = new Set([
  ...AR_HEADS,
  ...set(['عناصر', 'العناصر', 'مسلحين', 'مجهولين', 'افراد', 'قاضي', 'قاض']),
  ...set(['ملثمون', 'ملثمين', 'مسلحان', 'مجهولون']),
  ...set(['مجموعة', 'مجموعات', 'جماعة', 'جماعات', 'عصابة', 'عصابات']),
]);

/** A doer phrase the dictionary has no name for starting at token `first` ("قوات الحكومة"), or null. */
export function agentPhraseAt(text: string, tokens: Token[], first: number, limit: number): Span<ActorLike> | null {
  const end = arabicPhrase(text, tokens, first, limit, AGENT_HEADS);
  return end > 0 ? textActor(text, tokens, first, end) : null;
}

/** The agent of a passive or a masdar when the dictionary has no name for it: the phrase after "من قبل", "بواسطة" or
 * "على يد" within a few words of the trigger ("إطلاق النار عليهم من قبل قوات أمنية"), or null. */
export function agentPhrase(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  clauseEnd: number,
): Span<ActorLike> | null {
  for (let k = trigger.end; k < Math.min(clauseEnd - 1, trigger.end + 7); k++) {
    const t = tokens[k];
    const marker =
      t.norm === 'بواسطه' ||
      (t.norm === 'قبل' && tokens[k - 1]?.norm === 'من') ||
      (t.norm === 'يد' && tokens[k - 1]?.norm === 'علي');
    if (!marker) continue;
    if (BREAK.test(between(text, t, tokens[k + 1]))) return null;
    const end = arabicPhrase(text, tokens, k + 1, clauseEnd, AGENT_HEADS);
    return end > 0 ? textActor(text, tokens, k + 1, end) : null;
  }
  return null;
}

/** A subject noun phrase for the trigger that the actor dictionary did not name, or null. */
export function rawSubject(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  clauseFirst: number,
  clauseEnd: number,
  arabic: boolean,
): Span<ActorLike> | null {
  if (trigger.spec.voice !== 'verb') return null;
  if (!arabic) return englishSubject(text, tokens, trigger, clauseFirst);
  const heads = VOICE_TYPES.has(trigger.spec.type) ? AR_SPEAKER_HEADS : AR_HEADS;
  // "إن X فعل": the phrase between the complementizer and the verb. It comes first: after it, the phrase that
  // follows the verb is its object ("إن رئيس الأركان طالب رئيس الوزراء").
  for (let j = trigger.first - 1; j >= Math.max(clauseFirst, trigger.first - 6); j--) {
    if (!['ان', 'إن', 'أن'].includes(tokens[j].norm)) continue;
    const end = arabicPhrase(text, tokens, j + 1, trigger.first, heads);
    if (end === trigger.first) return textActor(text, tokens, j + 1, end);
    break;
  }
  // VSO: the phrase right after the verb (after a time word or two).
  let k = trigger.end;
  while (k < clauseEnd && k - trigger.end < 2 && AR_TIME.has(tokens[k].norm)) k++;
  if (k < clauseEnd && !BREAK.test(between(text, tokens[k - 1], tokens[k]))) {
    const end = arabicPhrase(text, tokens, k, clauseEnd, heads);
    if (end > 0) return textActor(text, tokens, k, end);
  }
  return null;
}
