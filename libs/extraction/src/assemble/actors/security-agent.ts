// Who arrested or seized when the clause does not say: Arabic security news reports the act in the passive or as
// an impersonal masdar ("وتم القبض على المتهمين", "وأوقف 5 رجال", "تم إيقاف المواطن على ذمة التحقيق لدى الجهات
// الأمنية") after the sentence that introduced the body acting ("أعلنت السلطات البلجيكية", "كشفت هيئة مكافحة
// الفساد"). The agent is the body named "لدى" after the act, else the security or government body named last
// before it, a short way back; states, people and armed groups are left out (they are more often the story's
// setting, its speakers or its targets).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { isArabicPassive } from '../clause/actor-roles';

const BODY_KINDS = new Set(['police', 'government', 'military']);
// How far back (characters) an introducing sentence may stand: the lead of a short report.
const REACH = 700;
const AT = new Set(['لدي', 'لدى']);
const COMPLEMENTIZERS = new Set(['ان', 'إن', 'أن', 'بان', 'بأن']);
// "ولم تصدر وزارة الداخلية اي تعليق حول هذه الاعتقالات": a noun after a demonstrative points back to arrests already
// told, whose doer the earlier telling names; the last body named before it is no guess at that doer.
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'لهذه', 'لهذا', 'بهذه', 'بهذا', 'وهذه', 'وهذا']);
// Arrests, seizures and deportations: what police and officials do (taking ground, sieges and bans are not theirs).
const ACTS = new Set(['arrest', 'confiscate', 'deport']);

const body = (a: Span<ActorLike>, exclude: Span<ActorLike> | null) =>
  BODY_KINDS.has(a.value.kind) && !a.value.id.startsWith('text:') && a.value.id !== exclude?.value.id;

/** The security body an agentless Arabic arrest or seizure (or an English passive one) belongs to, or null. */
export function securityAgent(
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sentenceEnd: number,
  target: Span<ActorLike> | null,
): Span<ActorLike> | null {
  if (!ACTS.has(trigger.spec.mode ?? '')) return null;
  if (trigger.spec.voice !== 'verb' && DEMONSTRATIVES.has(tokens[trigger.first - 1]?.norm ?? '')) return null;
  if (!tokens[trigger.first]?.isArabic)
    return englishPassive(tokens, trigger) ? bodyBefore(tokens, actors, trigger, target) : null;
  // "تم إيقاف المواطن على ذمة التحقيق لدى الجهات الأمنية": held by the body after لدى.
  const held = actors.find(
    (a) => a.first >= trigger.end && a.end <= sentenceEnd && AT.has(tokens[a.first - 1]?.norm ?? '') && body(a, target),
  );
  if (held) return held;
  // "ان أجهزة الأمن التابعة لحماس ... اعتقلت": a finite verb after a complementizer has its own subject, which the
  // clause rules did not read; a body named earlier is no better guess.
  // "قالت الشرطة النيبالية إن خمسة نيباليين أُلقي القبض عليهم": a passive verb there has no subject of its own; the
  // body that reports it made the arrest.
  if (trigger.spec.voice === 'verb' && !passiveVerb(tokens[trigger.first])) {
    for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 15); k--)
      if (COMPLEMENTIZERS.has(tokens[k].norm)) return null;
  }
  return bodyBefore(tokens, actors, trigger, target);
}

/** "أُلقي", "ألقي" (a final ي, where the active is written ألقى) or a verb voweled as a passive (اُعتقل). */
function passiveVerb(t: Token): boolean {
  return isArabicPassive(t) || /^[وف]?[أا]\u064F?لق\u0650?ي$/.test(t.surface);
}

/** The security or government body named last before the trigger, a short way back. */
function bodyBefore(
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  target: Span<ActorLike> | null,
): Span<ActorLike> | null {
  const start = tokens[trigger.first].start;
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i];
    if (a.end > trigger.first) continue;
    if (start - a.stop > REACH) break;
    if (body(a, target)) return a;
  }
  return null;
}

const EN_PASSIVE = new Set(['was', 'were', 'been', 'being', 'be']);

/** "Two other activists were detained in Maracaibo", "20 suspects had been arrested": English news reports an
 * arrest in the passive too, with the body acting named before. */
function englishPassive(tokens: Token[], trigger: TriggerMatch): boolean {
  return trigger.spec.voice === 'verb' && EN_PASSIVE.has(tokens[trigger.first - 1]?.norm ?? '');
}
