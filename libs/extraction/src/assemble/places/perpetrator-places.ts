// Places inside a perpetrator's description: "تعتقل المخابرات خال منفذ الهجوم على مركزين عسكريين في تشاتانوغا",
// "اعتقال منفذي الهجوم على فندق كورنثيا في طرابلس": the earlier attack's scene describes the person, not the
// happening the sentence reports (an arrest, a questioning), unless that happening's trigger is inside the phrase.
import type { Token } from '../../text/tokenize';
import { wordSet } from '../../text/word-sets';
import type { PlaceLike, Span } from '../assemble.types';

const DOER = wordSet('منفذ منفذي منفذو لمنفذ لمنفذي ومنفذ ومنفذي');
const ATTACK = wordSet('الهجوم هجوم الهجمات هجمات الاعتداء اعتداء التفجير تفجير التفجيرات');
/** Words from the perpetrator noun to the place: "منفذ الهجوم على مركزين عسكريين في". */
const REACH = 8;

/** True when the place follows "منفذ الهجوم …" within a few words and the trigger stands before the noun. */
export function isPerpetratorScene(tokens: Token[], p: Span<PlaceLike>, lowest: number, triggerFirst: number): boolean {
  for (let k = p.first - 2; k >= Math.max(lowest, p.first - REACH); k--) {
    if (DOER.has(tokens[k].norm) && ATTACK.has(tokens[k + 1]?.norm ?? '')) return triggerFirst < k;
  }
  return false;
}
