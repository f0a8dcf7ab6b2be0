// A name after an Arabic verb with a relative pronoun between them ("وأشاد مجلس الوزراء بالرسالة التي وجهها خادم
// الحرمين", "وأشاد بما قدمه الجيش") sits inside a relative clause on an earlier noun: it is that clause's subject or object, never the VSO
// subject of the verb (a subject follows its verb before any relative clause does).
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

// "وأشاد بما يحظى به قطاع حرس الحدود من دعم": the nominal relative ما glued to a preposition (بما, مما, عما) opens a
// clause the same way; لما, كما and فيما are left out (when, as, while).
const RELATIVES = foldedSet([
  'الذي',
  'التي',
  'الذين',
  'اللذين',
  'اللتين',
  'اللذان',
  'اللتان',
  'اللواتي',
  'اللاتي',
  'بما',
  'مما',
  'عما',
]);

/** True when a relative pronoun lies between the verb's end and the mention after it. */
export function behindRelativeAfterVerb(tokens: Token[], verbEnd: number, a: Span<ActorLike>): boolean {
  for (let k = verbEnd; k < a.first; k++) {
    const t = tokens[k];
    if (t?.isArabic && RELATIVES.has(t.norm.replace(/^[وف](?=ال)/, ''))) return true;
  }
  return false;
}
