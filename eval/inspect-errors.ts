// `node -r ./scripts/register.cjs eval/inspect-errors.ts MODE …`: error analysis on the TRAIN gold (never point it at
// a dev or calib set: dev is reported, calib fits the confidence model; neither is tuned on).
//   set NAME            gold (G) and predicted (P) events of every article of one set, side by side
// Wherever ar|en is asked, a comma list of train set names works too (ar-train26,en-train12).
//   tally ar|en         missed and false events by type, split into "type missing" and "place wrong"
//   wrong killed|actor ar|en   matched events whose killed count or actor the scorer counts wrong (for actors: the
//                       rule that chose it, and whether a gold name is in the evidence sentence)
//   misses ar|en        why each missed gold event was missed: a candidate under the threshold, or none
//   places ar|en        missed gold events beside an unmatched prediction of their type: where each was put
//   false ar|en|NAME    false alarms (predictions matching no gold event, optional ones included) with their rules
// Matching follows ../shared/eval/score.mjs (eval/score-match.ts).
import { readFileSync } from 'node:fs';
import { RuleExtractor } from '@marsad/extraction';
import type { MarsadEvent } from '@marsad/contracts';
import { loadGoldSets, type GoldSet } from './gold-sets';
import { matches, typeOk, type GoldEvent } from './score-match';

interface Gold extends GoldEvent {
  actor?: string[];
  killed?: number[];
  note?: string;
  location?: GoldEvent['location'] & { name?: string };
}
interface GoldFile {
  articles: { id: string; title_en?: string; events: Gold[] }[];
}

const extractor = new RuleExtractor();
const everything = new RuleExtractor({ minConfidence: 0 });
const where = (g: Gold) => g.location?.name ?? g.location?.country ?? '-';
const placeOf = (p: MarsadEvent) => p.location?.name ?? p.location?.country ?? '-';
const clip = (s: string, n: number) => s.slice(0, n).replace(/\n/g, ' ');

/** The train sets of a language ('ar', 'en') or the named sets ('ar-train26,en-train12'). */
function trainSets(which: string): GoldSet[] {
  const names = which.split(',');
  const sets = loadGoldSets('train').filter((s) => s.language === which || names.includes(s.name));
  if (!sets.length) throw new Error(`no train sets for ${which}`);
  return sets;
}

/** Every article of the set with its gold events and predictions. */
function* articlesOf(sets: GoldSet[]) {
  for (const set of sets) {
    const gold = JSON.parse(readFileSync(set.goldPath, 'utf8')) as GoldFile;
    for (const a of set.articles) {
      const g = gold.articles.find((x) => x.id === a.id);
      const explained = g ? extractor.explain(a) : [];
      if (g)
        yield {
          set: set.name,
          id: a.id,
          title: g.title_en ?? a.title ?? '',
          gold: g.events,
          input: a,
          preds: explained.map((e) => e.event),
          actorRules: explained.map((e) => e.explain.actorRule),
        };
    }
  }
}

/** The scorer's greedy pairing: required gold first; index of the prediction each gold event took, or -1. */
function pair(gold: Gold[], preds: MarsadEvent[]): Map<Gold, number> {
  const used = new Set<number>();
  const out = new Map<Gold, number>();
  for (const g of [...gold].sort((x, y) => Number(!!x.optional) - Number(!!y.optional))) {
    const i = preds.findIndex((p, k) => !used.has(k) && matches(g, p));
    if (i >= 0) used.add(i);
    out.set(g, i);
  }
  return out;
}

function showSet(name: string): void {
  const set = loadGoldSets('train').find((s) => s.name === name);
  if (!set) throw new Error(`no train set ${name}`);
  for (const a of articlesOf([set])) {
    console.log(`\n=== ${a.id}  ${a.title}`);
    for (const g of a.gold)
      console.log(
        `  G ${g.optional ? '(opt) ' : ''}${g.type.join('|')} @ ${where(g)} actor=${(g.actor ?? []).slice(0, 2).join('/')} k=${g.killed ?? ''} — ${g.note ?? ''}`,
      );
    for (const p of a.preds)
      console.log(
        `  P ${p.type}/${p.mode ?? ''} @ ${placeOf(p)} actor=${p.actor?.name ?? '-'} k=${p.killed ?? ''} c=${p.confidence} «${clip(p.evidence.text, 110)}»`,
      );
  }
}

function tally(language: string): void {
  const count = new Map<string, number>();
  const inc = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
  for (const a of articlesOf(trainSets(language))) {
    const paired = pair(a.gold, a.preds);
    const taken = new Set([...paired.values()].filter((i) => i >= 0));
    for (const [g, i] of paired)
      if (!g.optional && i < 0)
        inc(`missed, ${a.preds.some((p) => typeOk(g, p)) ? 'place wrong' : 'type missing'}: ${g.type.join('|')}`);
    a.preds.forEach((p, k) => {
      if (taken.has(k) || a.gold.some((g) => matches(g, p))) return; // neutral: repeats and optional events
      inc(`false, ${a.gold.some((g) => typeOk(g, p)) ? 'place wrong' : 'no such type'}: ${p.type}`);
    });
  }
  for (const [k, n] of [...count].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)}  ${k}`);
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/^(ال)/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function wrong(what: string, language: string): void {
  for (const a of articlesOf(trainSets(language))) {
    for (const [g, i] of pair(a.gold, a.preds)) {
      if (i < 0 || g.optional) continue;
      const p = a.preds[i];
      const evidence = `«${clip(p.evidence.text, 120)}»`;
      if (what === 'killed' && g.killed && !g.killed.includes(p.killed ?? -1))
        console.log(`${a.set} ${a.id} ${g.type.join('|')} gold ${g.killed.join(',')} pred ${p.killed} ${evidence}`);
      if (what === 'actor' && g.actor) {
        const names = [p.actor?.name, p.actor?.id, ...(p.actor?.aliases ?? [])]
          .filter(Boolean)
          .map((n) => norm(String(n)));
        const ok = g.actor.map(norm).some((x) => names.some((n) => n.includes(x) || x.includes(n)));
        // The rule that chose the predicted actor, and whether any gold name is written in the evidence sentence at
        // all (if not, the doer is told elsewhere in the article, or the prediction holds another mention).
        const rule = a.actorRules[i] ?? 'none';
        const seen = g.actor.some((x) => p.evidence.text.includes(x)) ? 'gold in sentence' : 'gold elsewhere';
        if (!ok)
          console.log(
            `${a.set} ${a.id} ${g.type.join('|')} gold ${g.actor.slice(0, 3).join('/')} pred ${p.actor?.name ?? '-'} [${rule}; ${seen}] ${evidence}`,
          );
      }
    }
  }
}

/** Missed gold events that a free prediction of the same type sat beside, placed elsewhere: geocoding errors. */
function places(language: string): void {
  for (const a of articlesOf(trainSets(language))) {
    const paired = pair(a.gold, a.preds);
    const taken = new Set([...paired.values()].filter((i) => i >= 0));
    for (const [g, i] of paired) {
      if (i >= 0 || g.optional) continue;
      const free = a.preds.filter((p, k) => !taken.has(k) && typeOk(g, p) && !a.gold.some((x) => matches(x, p)));
      for (const p of free)
        console.log(
          `${a.set} ${a.id} ${g.type.join('|')} gold @ ${where(g)} pred @ ${placeOf(p)} (${p.location?.country ?? '-'}) «${clip(p.evidence.text, 120)}»`,
        );
    }
  }
}

/** Missed gold events split by cause: a matching candidate the confidence model held back, or no candidate. */
function misses(language: string): void {
  for (const a of articlesOf(trainSets(language))) {
    const all = everything.explain(a.input);
    for (const [g, i] of pair(a.gold, a.preds)) {
      if (i >= 0 || g.optional) continue;
      const held = all.filter((c) => matches(g, c.event) && !a.preds.some((p) => p.id === c.event.id));
      const why = held.length
        ? `held back p=${held.map((c) => c.event.confidence).join('/')}`
        : all.some((c) => typeOk(g, c.event) && !a.gold.some((x) => x !== g && matches(x, c.event)))
          ? `candidate of the type placed at ${[...new Set(all.filter((c) => typeOk(g, c.event)).map((c) => placeOf(c.event)))].join(', ')}`
          : all.some((c) => typeOk(g, c.event))
            ? 'candidates of the type all match other gold events'
            : 'no candidate';
      const first = held[0]?.event.evidence.text ?? '';
      console.log(`${a.set} ${a.id} ${g.type.join('|')} @ ${where(g)}: ${why} ${first ? `«${clip(first, 100)}»` : ''}`);
    }
  }
}

/** False alarms of a language's train sets or of one set, with the trigger and the rules that placed and named them. */
function falseAlarms(which: string): void {
  for (const a of articlesOf(trainSets(which))) {
    const why = new Map(everything.explain(a.input).map((c) => [c.event.id, c.explain]));
    for (const p of a.preds) {
      if (a.gold.some((g) => matches(g, p))) continue;
      const e = why.get(p.id);
      console.log(
        `${a.set} ${a.id} ${p.type}/${p.mode ?? ''} @ ${placeOf(p)} actor=${p.actor?.name ?? '-'} k=${p.killed ?? ''} c=${p.confidence} [${e?.trigger ?? ''}; ${e?.actorRule ?? '-'}; ${e?.placeRule ?? '-'}] «${clip(p.evidence.text, 110)}»`,
      );
    }
  }
}

function main(): void {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === 'set' && a) showSet(a);
  else if (mode === 'tally' && a) tally(a);
  else if (mode === 'wrong' && (a === 'killed' || a === 'actor') && b) wrong(a, b);
  else if (mode === 'places' && a) places(a);
  else if (mode === 'misses' && a) misses(a);
  else if (mode === 'false' && a) falseAlarms(a);
  else {
    process.stderr.write(
      'usage: inspect-errors.ts set NAME | tally ar|en | wrong killed|actor ar|en | places ar|en | misses ar|en | false ar|en|NAME\n',
    );
    process.exitCode = 2;
  }
}

main();
