// Rules behind merge-events.ts that keep distinct happenings apart and decide which counts a merged happening
// keeps: shelling, air strikes and clashes at one place are three happenings; "هجوم آخر", "a second strike" announces a new one;
// a running total beats an earlier partial toll; the mentions of one clause add up to that clause's figure.
import type { DraftEvent } from '../assemble.types';

// Ways of using force that annotators keep apart when one article reports both at the same place. Modes outside
// these families (a bare attack, a killing, a massacre) are neutral and join any of them.
// Air strikes and shelling are apart too: in war round-ups they are most often the two sides' acts at one place
// (one side's artillery on a town, the other's jets on its positions), not two tellings of one act.
const FAMILY: Record<string, string> = {
  aerial: 'air',
  drone: 'air',
  'heavy-weapons': 'shelling',
  'armed-clash': 'clash',
  explosives: 'bomb',
  'suicide-attack': 'bomb',
  // A kidnapping is its own act, never a way of telling a shelling or a bombing at the same place.
  abduct: 'abduct',
};

/** Cue of a happening read from a list of towns ("struck Aitaroun and Houla"): one per town, never merged by distance. */
export const LISTED_CUE = 'listed-place';
export const listedPlace = (e: DraftEvent) => e.trace.cues.includes(LISTED_CUE);

export const familyOf = (mode: string | null) => (mode ? (FAMILY[mode] ?? null) : null);

/** Gunfire and a bombing at one place ("قنبلة انفجرت أسفل حافلة" then "النقطة أطلقت الرصاص على المواطنين") are two
 * happenings; gunfire stays neutral towards shelling and clashes, whose reports often speak of fire ("نيران"). */
export const gunfireAndBomb = (a: string | null, b: string | null) =>
  (a === 'firearms' && familyOf(b) === 'bomb') || (b === 'firearms' && familyOf(a) === 'bomb');

/** Two mentions whose ways of using force clearly differ report two happenings, unless they share a clause. */
export function modesCompatible(o: DraftEvent, e: DraftEvent): boolean {
  if (o.type !== 'ASSAULT') return true;
  if (o.evidence.start === e.evidence.start) return true;
  if (gunfireAndBomb(o.mode, e.trigger.spec.mode)) return false;
  const a = familyOf(o.mode);
  const b = familyOf(e.trigger.spec.mode);
  return !a || !b || a === b;
}

const ANOTHER_AFTER =
  /^\s*(?:[\u0600-\u06ff]+\s+)?(?:آخر|اخر|آخرى|أخرى|اخرى|ثان|ثانية|ثاني|جديد|جديدة|مماثل|مماثلة|مشابه|مشابهة)(?:\s|$|[،,.])/;
const ANOTHER_BEFORE = /\b(?:another|a second|a third|a new|a separate|second|third|separate)\s+(?:\w+\s+)?$/i;

/** "هجوم آخر", "قذيفة ثانية", "اشتباكات مماثلة", "another strike", "a second blast": the mention reports a further
 * happening (a "similar" one is another of its kind, told elsewhere or at another time). */
export function announcesAnother(e: DraftEvent): boolean {
  // "مقتل شخص آخر" is one more victim, not one more happening.
  if (e.trigger.spec.killing) return false;
  const { start, stop } = e.trigger;
  const { start: from, text } = e.evidence;
  const after = text.slice(stop - from, stop - from + 24);
  const before = text.slice(Math.max(0, start - from - 24), start - from);
  return ANOTHER_AFTER.test(after) || ANOTHER_BEFORE.test(before);
}

// Clause openers that set what follows apart from what was told before: "وفي هجوم آخر"، "في حادث منفصل"،
// "وفي حوادث مماثلة"، "Separately,", "In another attack", "In a separate incident".
const HAPPENING_AR =
  'هجوم|هجمات|حادث|حادثة|حوادث|غارة|غارات|تفجير|تفجيرات|انفجار|عملية|اعتداء|قصف|اشتباك|اشتباكات|سياق';
const APART_AR = '[آا]خر|[أا]خرى|منفصل|منفصلة|مماثل|مماثلة|ثان|ثانية|جديد|جديدة';
// A roundup's turn to another matter ("من ناحية ثانية، أعدم التنظيم"، "من جهة أخرى نفذ الطيران"، "في تطور آخر"):
// a use of force told after it is a further happening, never a repeat of the one before it. Only for ASSAULT:
// a speaker's or an arrest's "من جهة أخرى" often goes on about the same act. ("على صعيد آخر" is left out: it
// turns to another front as often as it retells the same strike from another angle.) Also for CONSULT: a meeting
// verb after the turn ("من جهة ثانية اجتمع ولي العهد … مع سمير جعجع") is the actor's next meeting, not the last one
// retold; a back-reference after it ("وخلال الاجتماع") is never fresh (merge-events.ts).
const TURN_AR = '(?:و?من\\s+(?:ناحية|جهة|جانب)\\s+(?:[أا]خرى|[آا]خر|ثانية|ثان)|و?في\\s+تطور\\s+(?:[آا]خر|منفصل))';
const SEPARATE_AR = new RegExp(`^\\s*(?:و?في\\s+(?:${HAPPENING_AR})\\s+(?:${APART_AR})|${TURN_AR})(?=[\\s،,.]|$)`);
const TURN_ONLY_AR = new RegExp(`^\\s*${TURN_AR}(?=[\\s،,.]|$)`);
const HAPPENING_EN = 'attack|incident|strike|air ?strike|raid|bombing|blast|explosion|assault|shooting|clash|operation';
const SEPARATE_EN = new RegExp(
  `^\\s*(?:separately\\b|(?:earlier|later) (?:in the day|that day|on \\w+)\\b|(?:\\w+ )?hours (?:earlier|later)\\b|in (?:another|a separate|a second|a third|a similar|an unrelated|separate|similar|other) (?:${HAPPENING_EN})s?\\b)`,
  'i',
);

/** The mention's clause opens by setting itself apart ("Separately,", "Hours earlier,", "Later in the day,",
 * "وفي هجوم آخر"): it reports a further happening even when its place and actor match an earlier one. */
export function opensSeparately(e: DraftEvent): boolean {
  if (e.type !== 'ASSAULT' && e.type !== 'CONSULT' && TURN_ONLY_AR.test(e.evidence.text)) return false;
  return SEPARATE_AR.test(e.evidence.text) || SEPARATE_EN.test(e.evidence.text);
}

/** Counts of a merged happening: same-clause mentions add up (the largest wins), a running total replaces a
 * partial toll, and otherwise the first mention that gives a figure (the lead's) keeps it. */
export function absorbCounts(into: DraftEvent, e: DraftEvent, sameClause: boolean): void {
  if (sameClause) {
    // "100 were killed, including 14 officers who died when a crowd attacked a police station": the group's figure
    // is the merged happening's toll; the wider toll only shares its clause.
    if (into.killedGroup || e.killedGroup) {
      if (!into.killedGroup) [into.killed, into.killedGroup] = [e.killed, true];
      into.injured = maxOf(into.injured, e.injured);
      return;
    }
    into.killed = maxOf(into.killed, e.killed);
    into.injured = maxOf(into.injured, e.injured);
    into.killedTotal = !!(into.killedTotal || e.killedTotal);
    return;
  }
  if (e.killedTotal && e.killed !== null && (!into.killedTotal || e.killed > (into.killed ?? 0))) {
    into.killed = e.killed;
    into.killedTotal = true;
    into.injured = e.injured ?? into.injured;
    return;
  }
  into.killed ??= e.killed;
  into.injured ??= e.injured;
}

export const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
