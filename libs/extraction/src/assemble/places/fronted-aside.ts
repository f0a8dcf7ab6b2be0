// An Arabic sentence may open with an aside set off by a comma before its main clause: what went on meanwhile ("وفيما
// قتل 27 مسلحا في بيجي، كشف مصدر عن قصف الطائرات مخازن في شمال الموصل", "بينما…"، "في حين…"), what came just before
// ("وبعدما…") or what the act was for ("وبهدف تخفيف الضغط عن الزبداني، شن المقاتلون هجوما على مواقع في القلمون"). A
// place inside the aside is the other happening's or the aim's, not the scene of an act of the main clause that
// names a place of its own after its trigger (choose-location.ts keeps the aside's place when it names none).
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import type { PlaceLike, Span } from '../assemble.types';

const COMMA = /[،,]/;
/** Words opening an aside: "meanwhile / while", "after", "aiming at", "seeking". */
const ASIDE_OPENERS = foldedSet([
  'فيما',
  'وفيما',
  'بينما',
  'وبينما',
  'بعدما',
  'وبعدما',
  'بهدف',
  'وبهدف',
  'سعيا',
  'وسعيا',
]);
/** "في حين" / "وفي حين": the opener is two words. */
const IN = foldedSet(['في', 'وفي']);
const WHEN = foldedSet(['حين']);

const commaBefore = (text: string, tokens: Token[], k: number): boolean =>
  k > 0 && COMMA.test(text.slice(tokens[k - 1].end, tokens[k].start));

/** Token k opens an aside: one of the opener words, or "في حين". */
function opensAside(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.isArabic) return false;
  return ASIDE_OPENERS.has(t.norm) || (IN.has(t.norm) && WHEN.has(tokens[k + 1]?.norm ?? ''));
}

/** True when the place lies in an aside that opens its comma-bounded stretch (at the sentence start or after a
 * comma) and a comma stands between it and the trigger. */
export function inFrontedAside(
  text: string,
  tokens: Token[],
  p: Span<PlaceLike>,
  trigger: { first: number; end: number },
  lowest: number,
): boolean {
  if (!tokens[trigger.first]?.isArabic || p.end > trigger.first) return false;
  let closed = false;
  for (let k = p.end; k <= trigger.first && !closed; k++) closed = commaBefore(text, tokens, k);
  if (!closed) return false;
  let head = p.first;
  while (head > lowest && !commaBefore(text, tokens, head)) head--;
  return opensAside(tokens, head);
}

/** The pool without the places of a fronted aside, when the trigger keeps a place (not a country) after it. */
export function outsideFrontedAside(
  text: string,
  tokens: Token[],
  pool: Span<PlaceLike>[],
  trigger: { first: number; end: number },
  lowest: number,
): Span<PlaceLike>[] {
  const kept = pool.filter((p) => !inFrontedAside(text, tokens, p, trigger, lowest));
  if (kept.length === pool.length) return pool;
  return kept.some((p) => p.first >= trigger.end && p.value.kind !== 'country') ? kept : pool;
}
