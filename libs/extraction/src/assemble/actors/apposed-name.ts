// "أعلن المدير التنفيذي لشركة توشيبا، هيساو تاناكا، استقالته", "انتقد رئيس مجلس شيوخ عشائر الأنبار، نعيم الكعود،
// الحكومة": an office read as the plain-text subject and followed by the holder's name set off by commas. The name
// the dictionary does not know is who acted; the bare title names nobody.
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { TEXT_ACTOR_PREFIX, textActor } from '../clause/raw-subject';

export const TITLE_HEADS = new Set(
  [
    ...['رئيس', 'الرئيس', 'المدير', 'مدير', 'وزير', 'الوزير', 'الامين', 'السفير', 'سفير', 'قائد', 'القائد'],
    ...['زعيم', 'الزعيم', 'محافظ', 'المحافظ', 'نائب', 'النائب', 'مساعد', 'عضو', 'امين'],
  ].map(foldWord),
);
// Ranks and honorifics that may stand between the office and the name: "رئيس الأركان الجنرال مارتن ديمبسي".
export const RANKS = new Set(
  [
    ...['الجنرال', 'الفريق', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'المشير', 'الاميرال'],
    ...['الشيخ', 'الدكتور', 'المهندس', 'الامير', 'السيد', 'السيده', 'اول', 'ركن', 'د'],
  ].map(foldWord),
);
// Words that cannot be part of the apposed name: it would be a clause, not a name.
const NOT_NAME = new Set(
  ['في', 'من', 'الى', 'على', 'عن', 'ان', 'انه', 'انها', 'قال', 'الذي', 'التي', 'وهو', 'وهي', 'مع', 'بعد', 'قبل'].map(
    foldWord,
  ),
);
const COMMA = /^\s*[،,]\s*$/;
const BREAK = /[.؟?!؛;:«»"()\n]/;

/** The comma-apposed name after a title read as a plain-text subject, or null. */
export function apposedName(text: string, tokens: Token[], subject: Span<ActorLike>): Span<ActorLike> | null {
  if (!subject.value.id.startsWith(TEXT_ACTOR_PREFIX) || !TITLE_HEADS.has(tokens[subject.first]?.norm ?? ''))
    return null;
  const gap = (k: number) => text.slice(tokens[k - 1].end, tokens[k].start);
  // The office's complement ("لشركة توشيبا", "شيوخ عشائر الأنبار") up to the first comma.
  let k = subject.end;
  while (k < tokens.length && k - subject.end <= 6 && !COMMA.test(gap(k))) {
    if (BREAK.test(gap(k)) || !tokens[k].isArabic) return null;
    k++;
  }
  if (k >= tokens.length || !COMMA.test(gap(k))) return null;
  // "، الفريق ضاحي خلفان،": a rank before the name is not part of it.
  while (k + 1 < tokens.length && RANKS.has(tokens[k].norm) && /^\s+$/.test(gap(k + 1))) k++;
  const first = k;
  let end = first;
  while (end < tokens.length && end - first < 4) {
    const t = tokens[end];
    if (end > first && !/^\s+$/.test(gap(end))) break;
    if (!t.isArabic || NOT_NAME.has(t.norm) || TITLE_HEADS.has(t.norm)) return null;
    end++;
  }
  if (end - first < 2 || end >= tokens.length || !COMMA.test(gap(end))) return null;
  // A name has no article inside it: "هيساو تاناكا", "نعيم الكعود" (a family name in ال closes it).
  for (let j = first; j < end - 1; j++) if (/^ال/.test(tokens[j].norm)) return null;
  return textActor(text, tokens, first, end);
}
