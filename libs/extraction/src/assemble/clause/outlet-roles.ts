// An outlet (news agency, paper, channel) in a news story is mostly the channel of a statement, not a party to it:
// a source speaks to it ("قال X لـ«الشرق الأوسط» إن", "أكد مصدر لرويترز", "told Reuters", "in an interview with
// AFP"), it learns or reports something ("علمت «عكاظ» أن بارزاني رفض", "أفادت وكالة الأناضول أن", "Mizan news agency
// said"), or a claim is credited to it ("بحسب وكالة الصحافة الفرنسية", "according to Reuters"). In all three roles it
// is never the doer of the reported act: that is the speaker or the subject inside the reported clause.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { isGoverned } from './actor-roles';
import { afterLam, isSpeaker } from './actor-sources';
import { foldedSet } from '../../text/word-sets';

// The complementizer that opens the reported clause: "علمت «عكاظ» أن", "ذكرت الصحيفة أنه", "Reuters reported that".
const REPORTED = foldedSet(['ان', 'بان', 'انه', 'انها', 'بانه', 'بانها', 'that']);
// "in an interview with Reuters", "speaking to AFP", "in remarks to the BBC": English addressee prepositions.
const EN_TO = new Set(['to', 'with']);

/** The mention is an outlet that carries a statement (its addressee, learner, reporter or source). */
export function outletCarriesReport(tokens: Token[], a: Span<ActorLike>, trigger: TriggerMatch): boolean {
  if (a.value.kind !== 'media') return false;
  const prev = tokens[a.first - 1];
  if (afterLam(tokens, a) || (!!prev && !prev.isArabic && EN_TO.has(prev.norm))) return true;
  if (isSpeaker(tokens, a)) return true;
  // The reporter or learner before its reported clause (a name in quotes or brackets may follow the outlet noun).
  if (a.end > trigger.first) return false;
  for (let k = a.end; k < Math.min(a.end + 2, trigger.first); k++) if (REPORTED.has(tokens[k].norm)) return true;
  return false;
}

// "Lebanon's state-run National News Agency (NNA) said", "Iran's semi-official Tasnim news agency", "Syria's state
// TV": the words that may stand between an owner's "'s" and its outlet (capitalised names pass too). The owner is
// no party to what its outlet reports, as a byline is not ("Lebanon's state news agency said artillery shells landed"
// is Israel's shelling). Offices and wings that speak for their owner are left out ("Pakistan's military media wing
// said … and accused the Taliban": the military accuses).
const OUTLET_MODIFIERS = new Set(['state', 'run', 'owned', 'semi', 'official', 'national', 'public', 'news']);
const OUTLET_HEADS = new Set(['television', 'tv', 'broadcaster', 'radio']);

/** "Lebanon's state news agency said …": the mention owns the outlet right after its "'s". */
export function ownsOutlet(tokens: Token[], a: Span<ActorLike>): boolean {
  if (tokens[a.end]?.norm !== 's' || tokens[a.end].isArabic) return false;
  let news = false;
  let state = false;
  for (let k = a.end + 1; k < Math.min(a.end + 7, tokens.length); k++) {
    const w = tokens[k].norm;
    // "state news agency", "Tasnim news agency"; a bare "agency" is any office ("Germany's intelligence agency").
    if (w === 'agency') return news;
    // "Iran's state media"; not "the army's media wing".
    if (w === 'media') return state && tokens[k + 1]?.norm !== 'wing';
    if (OUTLET_HEADS.has(w)) return true;
    if (w === 'news') news = true;
    if (w === 'state' || w === 'official') state = true;
    if (!OUTLET_MODIFIERS.has(w) && !/^\p{Lu}/u.test(tokens[k].surface)) return false;
  }
  return false;
}

/** "علمت «عكاظ» أن رئيس الإقليم رفض": the subject opening the clause an outlet reports, or null. */
export function reportedSubject(
  tokens: Token[],
  actors: Span<ActorLike>[],
  outlet: Span<ActorLike>,
  trigger: TriggerMatch,
): Span<ActorLike> | null {
  for (let k = outlet.end; k < Math.min(outlet.end + 2, trigger.first); k++) {
    if (!REPORTED.has(tokens[k].norm)) continue;
    return (
      actors.find((x) => x.first > k && x.first - k <= 3 && x.end <= trigger.first && !isGoverned(tokens, x)) ?? null
    );
  }
  return null;
}
