// What an Arabic demand asks for or an accusation alleges, told in a masdar further on in its clause: "يطالبون
// بانسحاب الحزب من سورية وبالإفراج عن المعتقلين", "ناشدت الحكومة مجلس الأمن الدولي رفع حظر السلاح", "اتهم الجنرال
// الحكومة بخرق الاتفاق بمنحها إيران مساحة أوسع". The release, the lifting and the grant are the statement's content,
// not acts reported done (codebook: the statement is the event). isStatementTopic (trigger-filters.ts) reads the noun
// right after the verb; the addressee and the first demand push later ones further away.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { hasWord, wordSet } from '../../text/word-sets';

// Statements whose complement is an act asked for or alleged.
const ASKING = new Set(['REQUEST', 'ACCUSE']);
// Acts a party is asked to take or accused of taking: a release or withdrawal, a concession, a sanction, an aid
// grant. Attacks are left out: a demand's clause often goes on to tell the attack that prompted it.
const ASKED_ACTS = new Set(['RETREAT', 'CONCEDE', 'SANCTION', 'AID']);
// How far the content may stand from the statement: the addressee's title and a first demand come between.
const REACH = 12;

/** An Arabic masdar of a release, concession, sanction or aid within twelve words after a demand or accusation of
 * its clause, with no other act's verb between them. */
export function demandedAct(tokens: Token[], trigger: TriggerMatch, triggers: TriggerMatch[]): boolean {
  if (demandedSurrender(tokens, trigger)) return true;
  if (!tokens[trigger.first]?.isArabic || trigger.spec.voice !== 'noun' || !ASKED_ACTS.has(trigger.spec.type))
    return false;
  const asking = triggers.find(
    (t) => ASKING.has(t.spec.type) && t.end <= trigger.first && trigger.first - t.end <= REACH,
  );
  if (!asking) return false;
  // A verb of another act between them starts a clause of its own ("طالب … بعد أن أفرجت السلطات عن").
  return !triggers.some(
    (t) => t.spec.voice !== 'noun' && !ASKING.has(t.spec.type) && t.first >= asking.end && t.end <= trigger.first,
  );
}

// Words of telling, demanding, calling on, ordering and warning, with their masdars (clitics are read by hasWord).
const DEMANDING = wordSet(
  'أبلغ أبلغت أبلغوا يبلغ تبلغ إبلاغ ابلاغ الإبلاغ تبليغ طالب طالبت طالبوا يطالب تطالب مطالبا مطالبة مطالبين ' +
    'دعا دعت دعوا يدعو تدعو داعيا دعوة الدعوة أمر أمرت أمروا يأمر أوامر أنذر أنذرت إنذار حث حثت ناشد ناشدت خاطب خاطبت خاطبوا',
);
const SURRENDER = foldWord('استسلام');
// The demand word stands right before the masdar, or its addressee or إلى / على stands between.
const SURRENDER_REACH = 3;

/** "جرى إبلاغهم بالاستسلام خلال 24 ساعة", "طالبهم بالاستسلام", "دعاهم إلى الاستسلام": a surrender noun within three
 * words after a word of telling or demanding is what is demanded (an ultimatum), not a surrender that happened. Nobody
 * is informed of their own surrender, so a word of notifying, which is no statement trigger, reads the same. */
function demandedSurrender(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'RETREAT' || trigger.spec.voice !== 'noun') return false;
  const t = tokens[trigger.first];
  if (!t?.isArabic || !t.stems.some((s) => s.includes(SURRENDER))) return false;
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - SURRENDER_REACH); k--)
    if (hasWord(tokens[k], DEMANDING)) return true;
  return false;
}
