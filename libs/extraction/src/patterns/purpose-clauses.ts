// Purpose clauses whose aim is carried out by the act they hang on. "gathered outside the airport to protest",
// "forced their way into the embassy to arrest him", "invoked Article 245 to call in the army": in news, a purpose
// infinitive after a completed act of assembling, storming or invoking names what that act did, not a mere aim
// ("plans to attack", "vowed to retaliate" stay intentions: their "to" follows a verb or noun of intending).
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';

// Completed acts that carry out their own purpose: assembling, forcing entry, launching an operation, invoking a
// power, firing or using crowd-control means.
const CARRYING_ACTS = new Set(
  (
    'gathered assembled converged massed marched rallied stormed raided forced entered invoked launched ' +
    'conducted swept fired used'
  ).split(' '),
);
// Words that take an infinitive of intention, wish or request: after them "to" opens no purpose clause.
const INTENDING = new Set(
  (
    'plan plans planned planning want wants wanted vowed vow vows pledged threatened threatens decided agreed ' +
    'expected ready able attempt attempts attempted effort efforts bid order orders ordered call calls called urged ' +
    'asked sought seeks seek tried try trying need needs failed refused intends intended aims aimed hopes hoped ' +
    'promised set going likely unable about right plot plotted mission'
  ).split(' '),
);
const WINDOW = 14;

/** True when "to" at `to` opens a purpose clause of a completed act of assembling, storming or invoking earlier in
 * the clause (within fourteen words), with no word of intending right before the "to". */
export function carriedOutPurpose(tokens: Token[], to: number, clauseFirst: number): boolean {
  const before = tokens[to - 1];
  if (!before || before.isArabic || INTENDING.has(before.norm)) return false;
  for (let k = to - 1; k >= Math.max(clauseFirst, to - WINDOW); k--) {
    if (INTENDING.has(tokens[k].norm)) return false;
    if (CARRYING_ACTS.has(tokens[k].norm)) return true;
  }
  return false;
}

// Arabic acts whose purpose is the coercion they carry out: an operation, a campaign or a raid, gas or water cannon.
const AR_OPERATIONS = new Set(
  ['عملية', 'عمليه', 'حملة', 'مداهمة', 'داهمت', 'داهم', 'داهموا', 'اقتحمت', 'اقتحم', 'أطلقت', 'أطلق', 'استخدمت'].map(
    foldWord,
  ),
);
const AR_WINDOW = 8;

/** "قاما بعملية في القرية لاعتقال مطلوب", "أطلقت الغاز المسيل للدموع لتفريق المتظاهرين": an Arabic ل-masdar of arrest
 * or dispersal after an operation, a raid or crowd-control fire (within eight words of its clause) is what that act
 * did ("raid to arrest"), not a mere aim. */
export function operationPurpose(tokens: Token[], first: number, clauseFirst: number): boolean {
  for (let k = first - 1; k >= Math.max(clauseFirst, first - AR_WINDOW); k--)
    if (tokens[k].stems.concat(tokens[k].norm).some((s) => AR_OPERATIONS.has(s))) return true;
  return false;
}
