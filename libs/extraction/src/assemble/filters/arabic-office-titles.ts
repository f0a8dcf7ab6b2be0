// Offices named in idafa, not acts: "قاضي التحقيق في الملف", "قضاة التحقيق" (the investigating judge is no inquiry
// opened), "مدير المفاوضات وإدارة الأزمات في جامعة بالتيمور", "دائرة شؤون المفاوضات في منظمة التحرير" (a post or a
// department is no round of talks). Only the bare construct noun counts: "بدأ القاضي التحقيق في الحادث" (the judge
// began the inquiry) and "المفاوضات مع نيبال" keep their event.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';

interface Office {
  type: string;
  /** The trigger word, folded, as the office's complement. */
  noun: string;
  /** The construct nouns before it that make it an office's name. */
  heads: Set<string>;
}

const OFFICES: Office[] = [
  { type: 'ACCUSE', noun: foldWord('التحقيق'), heads: foldedSet(['قاضي', 'قاضى', 'قاضية', 'قضاة']) },
  {
    type: 'CONSULT',
    noun: foldWord('المفاوضات'),
    heads: foldedSet(['مدير', 'مديرة', 'مديري', 'شؤون', 'شئون', 'دائرة', 'قسم', 'كبير']),
  },
];

/** An Arabic trigger that only names an office: the investigating judge, a negotiations director or department. */
export function officeTitle(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic) return false;
  const office = OFFICES.find((o) => o.type === trigger.spec.type && o.noun === t.norm);
  if (!office) return false;
  const before = tokens[trigger.first - 1]?.norm ?? '';
  return office.heads.has(before.replace(/^[وفلب]/, '')) || office.heads.has(before);
}
