// Arabic frames in which a trigger reports no happening of its own: a meeting that is the backdrop of a statement
// (unless it is the subject's own), an attack made with words, a city receiving crowds of displaced people, a
// period total ("خلال ستة أشهر") and an explosive device that was defused or found rather than set off.
import { RECEIVED_CROWDS } from '../../patterns/ar/cooperative.patterns';
import {
  AR_ATTACK_NOUNS,
  AR_ATTACK_VERBS,
  AR_SHARP_WORDS,
  AR_VERBAL_ATTACK_WORDS,
} from '../../patterns/ar/verbal-attacks.patterns';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { readNumbers } from '../../numbers/read-numbers';
import type { ArticleContext } from '../draft-context.types';
import { MATERIAL } from '../event-classes';

const AR_POSSESSIVES = ['هما', 'هم', 'ها', 'ه'];

/** "خلال لقائه أمس في الرياض مبعوث الأمم المتحدة": an Arabic meeting noun with a possessive pronoun is the
 * subject's own meeting, reported only through this frame; the bare or definite noun ("خلال الاجتماع") points back. */
export function ownMeeting(article: ArticleContext, t: Token): boolean {
  if (!article.arabic || !t.isArabic) return false;
  // "أثناء زيارة لم يعلن عنها مسبقا لعاصمة إقليم كردستان": an indefinite noun cannot point back; it tells of a new
  // meeting or visit, however framed.
  if (!/^[وفب]?(?:ال|لل)/.test(t.norm)) return true;
  return AR_POSSESSIVES.some((p) => t.norm.endsWith(p) && t.stems.includes(t.norm.slice(0, -p.length)));
}

const ATTACK_VERBS = new Set(AR_ATTACK_VERBS.map(foldWord));
const VERBAL_ATTACK_WORDS = new Set(AR_VERBAL_ATTACK_WORDS.map(foldWord));

/** "هاجمت الكتل البرلمانية بعض القوى السياسية", "هاجم الجبير السياسات الإيرانية": an Arabic attack verb whose subject
 * or object (within three words) only attacks or is attacked with words is criticism (read as ACCUSE by
 * verbal-attacks.patterns.ts), not force. */
export function isVerbalAttack(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  const t = tokens[trigger.first];
  if (!t.isArabic || trigger.spec.type !== 'ASSAULT') return false;
  if (sharpAttack(tokens, trigger, clauseEnd)) return true;
  if (!ATTACK_VERBS.has(foldWord(trigger.spec.phrase))) return false;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + 3); k++)
    if (tokens[k].stems.some((s) => VERBAL_ATTACK_WORDS.has(s))) return true;
  return false;
}

const ATTACK_NOUNS = new Set(AR_ATTACK_NOUNS.map(foldWord));
const SHARP_WORDS = new Set(AR_SHARP_WORDS.map(foldWord));

/** "شن هجوما حادا على منافسيه", "بسبب هجومه الشديد على الإرهابيين": an attack noun (the trigger's last word, clitics
 * aside) right before a sharp or harsh adjective is an attack with words. */
function sharpAttack(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  const noun = tokens[trigger.end - 1];
  const next = trigger.end < clauseEnd ? tokens[trigger.end] : undefined;
  return !!next && noun.stems.some((s) => ATTACK_NOUNS.has(s)) && SHARP_WORDS.has(next.norm);
}

const AR_RECEIVE = new Set(['استقبل', 'استقبلت', 'يستقبل', 'تستقبل'].map(foldWord));
const AR_CROWDS = new Set(RECEIVED_CROWDS.map(foldWord));
const CROWD_WINDOW = 6;

// The feast itself as what is received ("استقبل العسكريون … العيد", "يستقبلون ليلة العيد"): the bare noun only, so
// that "المهنئين بعيد الفطر" is left to the sense rules and a named guest received "بمناسبة العيد" is not.
const AR_FEASTS = new Set(['العيد', 'عيد', 'رمضان'].map(foldWord));
const FEAST_WINDOW = 10;

/** "استقبلت مدينة كركوك أكثر من نصف مليون نازح": an Arabic receive verb whose object (after the subject, within six
 * words) is a crowd of refugees, patients or pilgrims hosts people; it is no meeting. Nor is greeting the feast. */
export function receivesCrowd(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  if (trigger.spec.type !== 'CONSULT' || !AR_RECEIVE.has(foldWord(trigger.spec.phrase))) return false;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + CROWD_WINDOW); k++)
    if (tokens[k].stems.some((s) => AR_CROWDS.has(s))) return true;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + FEAST_WINDOW); k++)
    if (AR_FEASTS.has(tokens[k].norm)) return true;
  return false;
}

// Spans of months or more: a toll counted "خلال النصف الأول من العام" or "خلال ستة أشهر" sums many happenings.
const FROM = foldWord('من');
const AR_DURING = new Set(['خلال', 'وخلال', 'طيلة', 'طوال'].map(foldWord));
const AR_LONG_SPAN = new Set(
  [
    'النصف',
    'الأشهر',
    'الشهور',
    'أشهر',
    'شهور',
    'الربع',
    'السنوات',
    'سنوات',
    'الأعوام',
    'أعوام',
    'العام',
    'عام',
    'السنة',
  ].map(foldWord),
);

/** "قتل 102 مسلح خلال النصف الأول من العام", "اعتقل 300 شخص خلال ستة أشهر": an Arabic material trigger followed in
 * its clause (within ten words) by a span of months or years is a period total, background to the news. */
export function isPeriodTotal(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  if (!tokens[trigger.first]?.isArabic || !MATERIAL.has(trigger.spec.type)) return false;
  // "خلال ثلاثة أشهر من الاشتباكات": the trigger names what filled the span.
  const span = tokens[trigger.first - 2];
  if (tokens[trigger.first - 1]?.norm === FROM && span && span.stems.concat(span.norm).some((x) => AR_LONG_SPAN.has(x)))
    return true;
  for (let k = trigger.end; k < Math.min(clauseEnd - 1, trigger.end + 10); k++) {
    if (!AR_DURING.has(tokens[k].norm)) continue;
    // "خلال ستة أشهر", "خلال 6 أشهر", "خلال ثلاثة أشهر": a count (figure or number word) before the span.
    const figure = (t: Token) => t.isNumber || /^\d+$/.test(t.norm) || (t.isArabic && readNumbers([t]).length > 0);
    const next = figure(tokens[k + 1]) ? tokens[k + 2] : tokens[k + 1];
    if (next && k + 2 < clauseEnd + 1 && next.stems.concat(next.norm).some((x) => AR_LONG_SPAN.has(x))) return true;
  }
  return false;
}

// Handling a device rather than setting it off: destroying, defusing, seizing or finding it.
const AR_DEVICE_HANDLING = new Set(
  [
    'تدمير',
    'دمر',
    'دمرت',
    'تفكيك',
    'فكك',
    'فككت',
    'إبطال',
    'ابطل',
    'ضبط',
    'ضبطت',
    'مصادرة',
    'العثور',
    'عثر',
    'عثرت',
    'اكتشاف',
    'نزع',
  ].map(foldWord),
);

/** "وتدمير سيارة مفخخة بقصف", "تفكيك عبوة ناسفة", "العثور على متفجرات": an Arabic explosive device named as the
 * object of destroying, defusing, seizing or finding (within two words, "على" allowed, or closing a list of what
 * was seized) went off nowhere. */
export function isHandledDevice(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (!tokens[trigger.first]?.isArabic || trigger.spec.mode !== 'explosives' || trigger.spec.voice !== 'noun')
    return false;
  if (seizedInList(tokens, trigger.first, clauseFirst)) return true;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 3); k--) {
    if (tokens[k].stems.concat(tokens[k].norm).some((x) => AR_DEVICE_HANDLING.has(x))) return true;
    if (
      tokens[k].norm !== foldWord('على') &&
      !/^\d+$/.test(tokens[k].norm) &&
      !tokens[k].isNumber &&
      k < trigger.first - 1
    )
      return false;
  }
  return false;
}

const LIST_SPAN = 8;

/** "تمت مصادرة أسلحة من نوع كلاشنيكوف وذخيرة وعبوات ناسفة": a device coordinated with و at the end of a list whose
 * head (within eight words before, in the clause) is a handling word was seized or found with the rest. */
function seizedInList(tokens: Token[], first: number, clauseFirst: number): boolean {
  if (!/^و/.test(tokens[first].norm)) return false;
  for (let k = first - 1; k >= Math.max(clauseFirst, first - LIST_SPAN); k--)
    if (tokens[k].stems.concat(tokens[k].norm).some((x) => AR_DEVICE_HANDLING.has(x))) return true;
  return false;
}

// God named as the one asked: "دعت القيادة الله أن يتقبله", "ندعو الله", "سائلا المولى".
const AR_GOD = new Set(['الله', 'المولى', 'ربي', 'ربنا', 'الرحمن'].map(foldWord));
const PRAYER_WINDOW = 4;

/** "ودعت القيادة الله سبحانه أن يتقبله", "ندعو أن يعيد ربي": an Arabic call whose addressee (within four words) is
 * God is a prayer, not a request of anyone. */
export function isPrayer(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  if (trigger.spec.type !== 'REQUEST' || !tokens[trigger.first]?.isArabic) return false;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + PRAYER_WINDOW); k++)
    if (tokens[k].stems.concat(tokens[k].norm).some((x) => AR_GOD.has(x))) return true;
  return false;
}

// Unnamed partners: "بالتعاون مع الجهات الأمنية", "بتعاون مع أجهزة الأمن", "بالتعاون مع كافة الجهات المعنية".
const AR_WITH = new Set(['مع'].map(foldWord));
const AR_GENERIC_PARTNERS = new Set(['الجهات', 'جهات', 'الجهة', 'الأجهزة', 'أجهزة', 'الدوريات'].map(foldWord));
const AR_PARTNER_GAP = new Set(['كافة', 'جميع', 'كل', 'عدد', 'من'].map(foldWord));
const AR_COOPERATION = new Set(['تعاون', 'التعاون'].map(foldWord));

/** "ونجحت الفرق التطوعية بالتعاون مع أجهزة الأمن من إخراج الشاعر", "بالتعاون مع الجهات الأمنية قاموا بدهم منزل":
 * cooperation with unnamed "bodies" or "services" is how an office says it did its work, not cooperation between
 * named parties (a named partner, "بالتعاون مع وزارة الداخلية الفرنسية", stays COOPERATE). */
export function withGenericPartner(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  if (trigger.spec.type !== 'COOPERATE' || !AR_COOPERATION.has(foldWord(trigger.spec.phrase))) return false;
  let k = trigger.end;
  if (k >= clauseEnd || !tokens[k].stems.concat(tokens[k].norm).some((x) => AR_WITH.has(x))) return false;
  for (k++; k < clauseEnd && AR_PARTNER_GAP.has(tokens[k].norm); k++);
  return k < clauseEnd && tokens[k].stems.concat(tokens[k].norm).some((x) => AR_GENERIC_PARTNERS.has(x));
}
