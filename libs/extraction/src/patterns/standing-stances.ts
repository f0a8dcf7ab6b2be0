// Standing stances in Arabic relative clauses: "وهو ما ترفضه مصر" (which Egypt rejects), "وهو ما تنفيه أسرته",
// "المعارضة المعتدلة التي ترفض داعش", "حبري الذي يرفض المثول أمامها". An imperfect statement verb right after a
// relative pronoun describes a position someone holds, not a statement made now (codebook: general statements and
// background are not events). Perfect verbs ("التحالف الذي شن", "الذي رفض") are left to background-cues.ts.
import type { Token } from '../text/tokenize';
import { foldedSet } from '../text/word-sets';

const RELATIVE = foldedSet(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'والذي', 'والتي', 'والذين']);
const WHAT = foldedSet(['ما', 'وما']);
// "وهو ما", "وهي ما": a pronoun before ما makes it a relative, not a negation.
const PRONOUNS = foldedSet(['هو', 'وهو', 'هي', 'وهي', 'هذا', 'وهذا', 'ذلك', 'وذلك']);
// An imperfect verb: present-tense prefix, with و at most.
const IMPERFECT = /^و?[يتن]/;
// Statements whose present tense is a stance: rejecting, denying, calling for, accusing, backing.
const STANCE_TYPES = new Set(['REJECT', 'REQUEST', 'ACCUSE', 'SUPPORT']);

/** True when the Arabic trigger of a statement type is an imperfect verb right after a relative pronoun ("التي
 * ترفض") or after a pronoun and ما ("وهو ما ترفضه"). */
export function standingStance(tokens: Token[], first: number, type: string, voice?: string): boolean {
  const t = tokens[first];
  if (!t?.isArabic || voice === 'noun' || !STANCE_TYPES.has(type) || !IMPERFECT.test(t.norm)) return false;
  const prev = tokens[first - 1];
  if (!prev) return false;
  if (RELATIVE.has(prev.norm)) return true;
  return WHAT.has(prev.norm) && PRONOUNS.has(tokens[first - 2]?.norm ?? '');
}
