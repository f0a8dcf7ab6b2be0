// "Ozel described the detention as a coup", "called the raid a crime", "Germany said the detention was a serious
// setback": an English noun of force or coercion after "the" that a speaker judges, as the object of a verb of
// describing or the subject of a reported "was", points back to the happening the story told; it adds none.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

const POINTING = new Set(['the', 'this', 'that']);
/** Verbs that name how a speaker sees a happening: "described the X as", "called the X a". */
const JUDGING = new Set([
  'described',
  'describes',
  'describing',
  'called',
  'calls',
  'calling',
  'branded',
  'brands',
  'termed',
  'terms',
  'labelled',
  'labeled',
]);
/** A report of what someone holds the happening to be: "said the X was". */
const SAYING = new Set(['said', 'says', 'saying', 'stated', 'added', 'argued', 'insisted']);
const COPULAS = new Set(['was', 'is', 'were', 'are']);
/** A passive after the copula tells how the act was done ("the raid was carried out by police"), not a judgement. */
const isParticiple = (w: string) => /ed$/.test(w) || ['taken', 'undertaken', 'done', 'made', 'led'].includes(w);

export function judgedAct(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.voice !== 'noun') return false;
  const det = tokens[trigger.first - 1]?.norm ?? '';
  if (!POINTING.has(det)) return false;
  const verb = tokens[trigger.first - 2]?.norm ?? '';
  const next = tokens[trigger.end]?.norm ?? '';
  if (JUDGING.has(verb)) return next === 'as' || next === 'a' || next === 'an';
  if (!SAYING.has(verb) || !COPULAS.has(next)) return false;
  const after = tokens[trigger.end + 1]?.norm ?? '';
  return !!after && !isParticiple(after);
}
