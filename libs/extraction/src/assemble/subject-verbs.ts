// Verbs around a mention that decide whether it is the doer of a trigger: a verb of undergoing makes its subject the
// one hit ("شهدت تركيا هجوما", "تعرضت القوات لكمين", "witnessed"); a light verb gives its subject the act of its
// object masdar ("تلقى X اتصالاً", "أجرى X مباحثات"). chooseActor reads both.
import type { TriggerMatch } from '../patterns/match-triggers';
import { foldWord, type Token } from '../text/tokenize';
import type { ActorLike, Span } from './assemble.types';

// Verbs whose subject undergoes what follows: "شهدت تركيا هجوما" (Turkey witnessed an attack), "تعرضت القوات لكمين".
const UNDERGO = new Set(
  ['شهد', 'شهدت', 'تشهد', 'يشهد', 'تعرض', 'تعرضت', 'يتعرض', 'تتعرض', 'witnessed', 'suffered', 'saw'].map(foldWord),
);

/** A verb of undergoing (شهدت, تعرضت, witnessed) right before the mention or between it and the trigger. */
export function undergoes(tokens: Token[], a: Span<ActorLike>, trigger: TriggerMatch): boolean {
  if (a.end > trigger.first) return false;
  const hit = (t: Token | undefined) => !!t && (UNDERGO.has(t.norm) || t.stems.some((x) => UNDERGO.has(x)));
  if (hit(tokens[a.first - 1])) return true;
  for (let k = a.end; k < trigger.first; k++) if (hit(tokens[k])) return true;
  return false;
}

// Light verbs whose subject does the act their object masdar names: "تلقى X اتصالاً", "أجرى X مباحثات", "أعرب X عن".
const LIGHT_VERBS = new Set(
  ['تلقي', 'اجري', 'قدم', 'اعرب', 'وجه', 'بعث', 'استقبل', 'عقد', 'ابدي', 'بحث']
    .flatMap((w) => [w, w + 'ت', 'ي' + w.replace(/^ا/, ''), 'ت' + w.replace(/^ا/, '')])
    .map(foldWord),
);

/** "تلقى صاحب السمو الملكي الأمير محمد بن سلمان ... ولي ولي العهد ... اتصالاً هاتفياً": a long title keeps the
 * subject of a light verb far from its masdar; the first actor right after the verb (before the masdar) is it. */
export function lightVerbSubject(
  tokens: Token[],
  trigger: TriggerMatch,
  before: Span<ActorLike>[],
  clauseFirst: number,
  subj: (a: Span<ActorLike>) => boolean,
): Span<ActorLike> | null {
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 25); k--) {
    const t = tokens[k];
    if (!t.isArabic || !t.stems.some((s) => LIGHT_VERBS.has(s))) continue;
    const first = before.filter((a) => a.first > k).at(-1);
    return first && first.first - k <= 5 && subj(first) ? first : null;
  }
  return null;
}
