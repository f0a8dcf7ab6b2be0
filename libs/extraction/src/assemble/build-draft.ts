// One draft event from one trigger of a clause: filters, negation and hedge cues, actor, place, counts,
// attribution and the hand-set confidence; null when the trigger reports no happening.
import { AR_PEOPLE_SEIZED, seizesPeople } from '../patterns/ar/coerce.patterns';
import { triggerIndex } from '../patterns/lexicon';
import { matchTriggers } from '../patterns/match-triggers';
import { hasDemonstrative, isDefinite } from '../patterns/trigger-frame';
import { splitSentences } from '../text/split-sentences';
import { isDenialWord, negatingParticle, negationCue } from '../patterns/context-cues';
import type { TriggerMatch } from '../patterns/match-triggers';
import type { DraftEvent } from './assemble.types';
import { attachActor } from './actors/attach-actor';
import { attachPlace } from './places/attach-place';
import type { ArticleContext, AssembleState, ClauseContext } from './draft-context.types';
import { SIZED } from './event-classes';
import { confidenceOf } from './event-confidence';
import { findAttribution } from './find-attribution';
import { insideQuotes } from './inside-quotes';
import { announcesAnother } from './merge/merge-rules';
import { tokenAt } from './map-spans';
import { countsForTrigger } from './counts/read-counts';
import { protestersKilled } from './counts/english-protest-dead';
import { onlyDoersDead } from './counts/count-doers-en';
import { authorityActor } from '../context/genre-contests';
import { contestAwaitsActor, excludedByGenre, notAHappening } from './filters/trigger-filters';

const HEADER_MAX_TOKENS = 8;
const headerCache = new WeakMap<ArticleContext, number>();

/** Arabic bodies often open with a line that is no sentence: a photo caption ("الرئيس اليمني عبد ربه منصور هادي⏎")
 * or a byline ("عين اليوم – جدة⏎"). The splitter counts it as sentence 0, which would make the real lead look like
 * the second sentence. Returns how many such leading lines (short, unpunctuated, without a trigger) there are. */
export function arabicHeaderLines(article: ArticleContext): number {
  if (!article.arabic) return 0;
  const cached = headerCache.get(article);
  if (cached !== undefined) return cached;
  const { text, tokens } = article;
  const index = triggerIndex('ar');
  let n = 0;
  for (const sentence of splitSentences(text).slice(0, 2)) {
    const first = tokenAt(tokens, sentence.start);
    const end = tokenAt(tokens, sentence.end);
    const body = text.slice(sentence.start, sentence.end).trim();
    const header =
      text[sentence.end] === '\n' &&
      end - first <= HEADER_MAX_TOKENS &&
      !/[.!?؟:]$/.test(body) &&
      !(index && matchTriggers(tokens, index, first, end).length);
    if (!header) break;
    n++;
  }
  headerCache.set(article, n);
  return n;
}

/** "وجه ضربة جوية قرب مصفى بيجي»، مبيناً أن «الطيران وجه ضربة أخرى في الرمادي": an Arabic trigger that announces
 * a further happening in the middle of a clause is its own evidence, from the last comma or quote before it, so that
 * it neither shares the earlier happening's clause (and its id) nor folds into it. */
function ownEvidence(article: ArticleContext, clause: ClauseContext, trigger: TriggerMatch): DraftEvent['evidence'] {
  const { start, end, text } = clause.clause;
  const whole = { text, start, end };
  if (!article.arabic || trigger.start <= start) return whole;
  if (!announcesAnother({ trigger, evidence: whole } as DraftEvent)) return whole;
  const before = text.slice(0, trigger.start - start);
  const cut = Math.max(...['،', ',', '«', '»', '"', '؛', ';'].map((c) => before.lastIndexOf(c)));
  if (cut <= 0) return whole;
  return { text: text.slice(cut + 1), start: start + cut + 1, end };
}

export function buildDraft(
  article: ArticleContext,
  clause: ClauseContext,
  state: AssembleState,
  matched: TriggerMatch,
): DraftEvent | null {
  const { text, tokens, actors } = article;
  // Arabic ضبط of people is an arrest (the lexicon's reading is a seizure of goods).
  const trigger = article.arabic && seizesPeople(tokens, matched) ? { ...matched, spec: AR_PEOPLE_SEIZED } : matched;
  const { cFirst, counts, hedge } = clause;
  const type = trigger.spec.type;
  const awaitsActor = contestAwaitsActor(article, trigger);
  if (!awaitsActor && excludedByGenre(article, trigger)) return null;
  const cues: string[] = [];
  const own = countsForTrigger(counts, trigger.first, trigger.end);
  if (notAHappening(article, clause, trigger, own)) return null;
  const noun = trigger.spec.voice === 'noun';
  // A denial verb is not negated by itself, only by a particle before it ("لم يؤكد أو ينفي").
  const negation = isDenialWord(tokens[trigger.first])
    ? negatingParticle(tokens, trigger.first, cFirst)
    : negationCue(tokens, trigger.first, cFirst);
  if (negation) cues.push(`negation:${negation}`);
  if (hedge) cues.push(`hedge:${hedge}`);
  const memory = state.verbMemory;
  const { actor: actorSpan, target, rule: actorRule } = attachActor(article, clause, state, trigger);
  // A sports report's demand or accusation is club business unless a holder of state power makes it.
  if (awaitsActor && !(actorSpan && authorityActor(actorSpan.value.kind, actorSpan.surface))) {
    state.verbMemory = memory;
    return null;
  }
  const { place, rule: placeRule } = attachPlace(article, clause, state, trigger, actorSpan);
  // English riots and crowd control report their dead in the same clause ("rioting that has left five people
  // dead", "fired tear gas and live rounds, killing 17").
  const countsDead = !article.arabic && ['riot', 'crowd-control'].includes(trigger.spec.mode ?? '');
  // A joint operation is itself the fighting: "a joint operation against the militants, killing nine".
  const jointFight = !article.arabic && type === 'COOPERATE' && trigger.spec.mode === 'joint';
  const isAssault = type === 'ASSAULT' || jointFight || (countsDead && (type === 'PROTEST' || type === 'COERCE'));
  // "هذا القصف", "the blast": a noun that points back to a reported happening rather than adding one.
  const backref =
    noun &&
    own.killed === null &&
    own.injured === null &&
    (hasDemonstrative(tokens, trigger.first) ||
      (isDefinite(tokens, trigger.first) && !actorSpan && placeRule !== 'nearest in clause'));
  const base: Omit<DraftEvent, 'confidence'> = {
    type,
    mode: trigger.spec.mode,
    actor: actorSpan?.value ?? null,
    actorSurface: actorSpan?.surface ?? null,
    target: target?.value ?? null,
    targetSurface: target?.surface ?? null,
    place: place?.value ?? null,
    date: clause.date?.date ?? article.articleDay,
    killed: isAssault ? own.killed : !article.arabic && type === 'PROTEST' ? protestersKilled(tokens, counts) : null,
    injured: isAssault ? own.injured : null,
    killedTotal: isAssault && own.total,
    killedDoers: isAssault && own.killed !== null && onlyDoersDead(tokens, counts),
    killedGroup: isAssault && !!own.group,
    size: SIZED.has(type) ? counts.size : null,
    negated: !!negation,
    backref,
    attribution: findAttribution(text, tokens, actors, trigger.first, clause.sFirst, clause.sEnd),
    evidence: ownEvidence(article, clause, trigger),
    trigger,
    sentence: Math.max(0, clause.si - arabicHeaderLines(article)),
    signals: { ...clause.signals, quoted: insideQuotes(text, clause.sentence.start, trigger.start) },
    trace: {
      trigger: text.slice(trigger.start, trigger.stop),
      pattern: trigger.spec.phrase,
      voice: trigger.spec.voice,
      actorRule,
      placeRule,
      countCues: isAssault ? counts.cues : [],
      cues,
      merged: 1,
    },
  };
  return { ...base, confidence: confidenceOf(base, !!hedge, placeRule) };
}
