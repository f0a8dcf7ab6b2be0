// "واعتقل جنيد أحمد خان، وعمره 24 عاما": a person named right after an unvocalized arrest verb and described by
// his age is the one arrested (the verb is a passive, اُعتقل); news gives the age of suspects and victims, and a
// body, not a person, makes arrests.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

// "وعمره 24 عاما", "البالغ من العمر 24 عاما", "ويبلغ من العمر".
const AGE_OPENERS = foldedSet(['عمره', 'وعمره', 'عمرها', 'وعمرها', 'البالغ', 'البالغة', 'يبلغ', 'ويبلغ', 'تبلغ']);
const YEARS = foldedSet(['عاما', 'عام', 'عاماً', 'سنة', 'سنوات', 'أعوام']);

/** The mention is followed by its age ("، وعمره 24 عاما", "(24 عاما)") within a few words. */
export function ageFollows(tokens: Token[], a: Span<ActorLike>): boolean {
  let k = a.end;
  if (tokens[k] && AGE_OPENERS.has(tokens[k].norm)) k++;
  if (tokens[k]?.norm === 'من' && tokens[k + 1]?.norm === 'العمر') k += 2;
  return !!tokens[k]?.isNumber && !!tokens[k + 1] && YEARS.has(tokens[k + 1].norm);
}

/** A person after an arrest verb whose age the text gives is the one arrested, not the doer. */
export function arrestedWithAge(tokens: Token[], a: Span<ActorLike>, trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'COERCE' || trigger.spec.voice !== 'verb' || a.value.kind !== 'person') return false;
  if (a.first < trigger.end) return false;
  return ageFollows(tokens, a);
}
