// English rejections worded as a verdict on the other side's act: "Zakharova called the EU measures 'illegal'",
// "Araghchi called the decision 'unjustified, illegal'", "the Kremlin said the new sanctions were illegal".
// Annotators code them REJECT (the decision is refused), not ACCUSE. Only decisions, measures and claims qualify:
// "called the attack unacceptable" or "China's unlawful actions" condemn an act and stay with ACCUSE.
import { triggers } from '../trigger.types';

const VERDICT_VERBS = ['called', 'calls', 'calling', 'considered', 'considers', 'deemed'];
const DECISIONS = [
  'decision',
  'decisions',
  'move',
  'measures',
  'sanctions',
  'investigation',
  'accusations',
  'allegations',
  'claims',
  'charges',
  'ruling',
  'verdict',
  'vote',
  'resolution',
  'decree',
  'arrest',
  'warrant',
  'step',
];
const VERDICTS = [
  'illegal',
  'unjustified',
  'unjust',
  'illegitimate',
  'unlawful',
  'unconstitutional',
  'baseless',
  'null',
];

/** "called ~~ measures illegal": the verb, a few words ("the new EU"), the decision, then the verdict right after it. */
const phrases = VERDICT_VERBS.flatMap((v) => DECISIONS.flatMap((d) => VERDICTS.map((a) => `${v} ~~ ${d} ${a}`)));

/** "The Kremlin said the new sanctions were illegal": the verdict as the decision's predicate, its speaker the
 * sentence's. Keyed by the decision noun, so the commonest word of wire copy ("said") tries none of them. */
const COPULAS = ['is', 'are', 'was', 'were'];
const predicates = DECISIONS.flatMap((d) => COPULAS.flatMap((c) => VERDICTS.map((a) => `${d} ${c} ${a}`)));

/** One's own act upheld against criticism: "Ecuador's presidency defended the operation, saying …", "the ministry
 * defended its decision". The act follows the verb with at most its determiner ("defended the raid"). */
const DEFENDING = ['defended', 'defends', 'defending'];
const OWN_ACTS = [...DECISIONS, 'operation', 'raid', 'strike', 'strikes', 'policy', 'action', 'actions', 'crackdown'];
const defences = DEFENDING.flatMap((v) => OWN_ACTS.map((a) => `${v} ~ ${a}`));

export const EN_REJECT_VERDICT = triggers('REJECT', [
  ['deny', 'verb', 0.8, phrases.join('|')],
  ['deny', 'verb', 0.75, predicates.join('|')],
  ['deny', 'verb', 0.7, defences.join('|')],
]);
