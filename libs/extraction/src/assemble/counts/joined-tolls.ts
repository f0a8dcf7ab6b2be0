// A toll told in a sentence of its own counts the happening told before it, not a new one:
//   English "Hamas said five of its members were killed, including the son of its Gaza chief."
//   Arabic "وقال مصدر إن المعارك في هذا الحي أسفرت عن مقتل 12" after "سيطرت القوات على الحي",
//   "وأسفرت المواجهات عن مقتل 9" after "اقتحمت القوات البلدة".
// Such a sentence names no place of its own, so its mentions took a fallback (the country, the setting of the sentence
// before) and were merged into whatever happening of that country came first, or stood as a happening at the wrong
// place. It takes the place and actor of the happening it refers back to so that merging folds it in.
// English: its only attack words are deaths, and it counts the attack of the sentence just before.
// Arabic tells the toll after an anaphoric noun ("المعارك", "الهجوم", "هذا القصف") or a fight with no place of its own
// ("اندلعت معارك أدت إلى مقتل 9"); it counts the latest happening of force told before it (an attack, or
// a seizure won by fighting), at most a few sentences back and only when that one has no toll and one place. A
// seizure of that place told since then keeps its own event and takes the figure too.
// Period totals ("since the war began") count no single happening.
import type { Token } from '../../text/tokenize';
import { hasDemonstrative, isDefinite } from '../../patterns/trigger-frame';
import type { DraftEvent } from '../assemble.types';
import type { ArticleContext } from '../draft-context.types';
import { isLocative } from '../locative';
import { tokenAt } from '../map-spans';
import { lendToNarrowerRetelling } from './narrowed-tolls';
import { draftsBySentence, inSentence, latestAssault, type DraftsBySentence } from './drafts-by-sentence';

const SINCE = new Set(['since', 'so', 'total', 'overall', 'year', 'war', 'month', 'months', 'conflict']);
/** Arabic period totals: "منذ بدء الحرب", "الحصيلة الإجمالية", "هذا العام". */
export const SINCE_AR =
  /(?:^|[\s،,(«"])(?:[وف]?منذ|[وف]?(?:ال)?[إا]جمالي(?:ة)?|[وبل]?(?:ال)?عام\s+(?:الحالي|الماضي|الجاري)|هذا\s+العام)(?=[\s،,.)»"]|$)/;
/** How many sentences back an Arabic toll may reach for the happening it counts (English: the sentence before). */
const REACH_AR = 5;

const assaults = (by: DraftsBySentence, si: number) => inSentence(by, si).filter((o) => o.type === 'ASSAULT');

/** The happenings of force an Arabic toll may count: attacks and fights, and seizures (won by fighting). */
const forceful = (d: DraftEvent) => d.type === 'ASSAULT' || (d.type === 'COERCE' && d.mode === 'seize');

/** An Arabic attack word of a toll sentence that adds no happening: it points back ("المعارك", "هذا القصف") or
 * names a fight whose place the sentence does not give ("معارك عنيفة اندلعت"). */
function pointsBack(tokens: Token[], d: DraftEvent): boolean {
  if (d.trigger.spec.killing) return true;
  if (d.trigger.spec.voice !== 'noun') return false;
  return hasDemonstrative(tokens, d.trigger.first) || isDefinite(tokens, d.trigger.first) || d.mode === 'armed-clash';
}

/** The latest Arabic happening of force before sentence si (at most REACH_AR back), when it has no toll and its
 * sentence's forceful mentions share one place. */
export function arabicHost(by: DraftsBySentence, si: number): DraftEvent | undefined {
  for (let k = si - 1; k >= Math.max(0, si - REACH_AR); k--) {
    const told = inSentence(by, k).filter(forceful);
    if (!told.length) continue;
    const host = told.sort((a, b) => b.evidence.start - a.evidence.start)[0];
    if (told.some((o) => o.killed !== null || o.negated || o.place?.id !== host.place?.id)) return undefined;
    return host;
  }
  return undefined;
}

/** The seizures of the host's place told since REACH_AR sentences before the toll take its figure: the same battle
 * told as a taking ("سيطرت القوات على الحي", then "أحكمت سيطرتها عليه") keeps its own event. */
function lendToSeizures(by: DraftsBySentence, host: DraftEvent, toll: DraftEvent): void {
  for (let k = Math.max(0, toll.sentence - REACH_AR); k <= host.sentence; k++)
    for (const o of inSentence(by, k)) {
      if (o.type !== 'COERCE' || !forceful(o) || o.negated || o.killed !== null || o.place?.id !== host.place?.id)
        continue;
      o.killed = toll.killed;
      o.injured ??= toll.injured;
      o.trace.cues.push('toll-joined');
    }
}

function takeHostActor(o: DraftEvent, host: DraftEvent): void {
  o.actor = host.actor;
  o.actorSurface = host.actorSurface;
  o.trace.cues.push('toll-joined');
}

/** Folds each toll-only sentence into the happening it counts (in place); returns the drafts. */
export function joinTollSentences(article: ArticleContext, out: DraftEvent[]): DraftEvent[] {
  const { tokens, places, arabic, text } = article;
  const done = new Set<number>();
  const by = draftsBySentence(out);
  if (!arabic) for (const d of out) lendToEnglishSeizures(article, by, d);
  else for (const d of out) lendToNarrowerRetelling(article, by, d);
  for (const d of out) {
    if (d.type !== 'ASSAULT' || !d.trigger.spec.killing || d.killed === null) continue;
    if (arabic && (d.negated || done.has(d.sentence))) continue;
    const sentence = assaults(by, d.sentence);
    if (sentence.some((o) => (arabic ? !pointsBack(tokens, o) || o.negated : !o.trigger.spec.killing))) continue;
    // "قتل خمسة في التفجير الأول، بينما قتل ثلاثة في الثاني": tolls of several happenings, none of them whole.
    if (arabic && sentence.some((o) => o.killed !== null && o.killed !== d.killed)) continue;
    // English reads the toll's own clause; Arabic the whole sentence its mentions span.
    const start = arabic ? Math.min(...sentence.map((o) => o.evidence.start)) : d.evidence.start;
    const end = arabic ? Math.max(...sentence.map((o) => o.evidence.end)) : d.evidence.end;
    const [sFirst, sEnd] = [tokenAt(tokens, start), tokenAt(tokens, end)];
    if (arabic ? SINCE_AR.test(text.slice(start, end)) : tokens.slice(sFirst, sEnd).some((t) => SINCE.has(t.norm)))
      continue;
    if (places.some((p) => p.first >= sFirst && p.end <= sEnd && isLocative(tokens, p.first, p.start))) continue;
    if (arabic && sentence.some((o) => o.trace.placeRule === 'nearest in clause')) continue;
    // English: the attack told last in the sentence before (a negated one is no host, and no other is tried).
    const host = arabic ? arabicHost(by, d.sentence) : latestAssault(by, d.sentence - 1);
    if (!host || host.negated || !host.place) continue;
    // Already placed there (by the setting of the sentence before): only the seizures still lack the figure.
    const placed = host.place.id === d.place?.id;
    // English, placed there already: merging folds the toll in unless the toll's clause lent it a doer of its own
    // ("Its assessment was that three militants were killed" read as the militants', "the strikes killed ten" as
    // the speaker's): a sentence whose only attack words are deaths names no doer, so it takes the host's.
    if (placed && !arabic) {
      if (host.actor) for (const o of sentence) takeHostActor(o, host);
      continue;
    }
    // A toll placed in another country is not this happening's.
    if (arabic && d.place?.kind === 'country' && d.place.country !== host.place.country) continue;
    if (arabic && host.killed !== null) continue;
    done.add(d.sentence);
    if (!placed)
      for (const o of sentence) {
        o.place = host.place;
        takeHostActor(o, host);
      }
    if (arabic) lendToSeizures(by, host, d);
  }
  return out;
}

/** English "Gunmen overran the town. The attack, launched before dawn, left at least 18 people dead.": a toll told
 * by a definite noun pointing back ("The attack", "The assault") counts the seizure of its place told in the sentence
 * before, when that sentence tells no attack (one would take the toll by merging) and the seizure has no toll. */
function lendToEnglishSeizures(article: ArticleContext, by: DraftsBySentence, d: DraftEvent): void {
  const { tokens } = article;
  if (d.type !== 'ASSAULT' || d.killed === null || d.negated || d.trigger.spec.voice !== 'noun') return;
  if (!hasDemonstrative(tokens, d.trigger.first) && !isDefinite(tokens, d.trigger.first)) return;
  const [first, end] = [tokenAt(tokens, d.evidence.start), tokenAt(tokens, d.evidence.end)];
  if (tokens.slice(first, end).some((t) => SINCE.has(t.norm))) return;
  const before = inSentence(by, d.sentence - 1);
  if (before.some((o) => o.type === 'ASSAULT')) return;
  for (const o of before) {
    if (o.type !== 'COERCE' || o.mode !== 'seize' || o.negated || o.killed !== null || !o.place) continue;
    if (o.place.id !== d.place?.id) continue;
    o.killed = d.killed;
    o.injured ??= d.injured;
    o.trace.cues.push('toll-joined');
  }
}
