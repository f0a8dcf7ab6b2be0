// Features of a candidate event (a merged draft, before the emission threshold) for the confidence model.
// Only generic cues of how the event was read: never article ids or words, so the model transfers to new text.
// Features are sparse (name → value, zeros omitted) so calibration.json stays readable and survives additions.
import type { DraftEvent } from '../assemble/assemble.types';
import { TEXT_ACTOR_PREFIX } from '../assemble/raw-subject';

export type Features = Record<string, number>;

const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'PROTEST', 'AID']);
const VERBAL = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'REQUEST', 'THREATEN']);

/** The group a type belongs to, for place interactions: a material event needs a place, a statement does not. */
function groupOf(type: string): 'material' | 'verbal' | 'venue' {
  if (MATERIAL.has(type)) return 'material';
  if (VERBAL.has(type)) return 'verbal';
  return 'venue';
}

/** How the place was found, folded into a few classes (rule names live in choose-location / assemble-events). */
export function placeHow(d: DraftEvent): string {
  if (!d.place) return 'none';
  switch (d.trace.placeRule) {
    case 'nearest in clause':
      return 'clause';
    case 'earlier in sentence':
      return 'sentence';
    case 'setting of previous sentence':
      return 'previous';
    case 'dateline fallback':
      return 'dateline';
    case 'country fallback':
      return 'country';
    case null:
    default:
      // merged from another mention: the place is a repeat's own
      return 'merged';
  }
}

function actorHow(d: DraftEvent): string {
  if (!d.actor) return 'none';
  return d.actor.id.startsWith(TEXT_ACTOR_PREFIX) ? 'text' : 'dict';
}

/** Article-level context shared by all candidates of one article. */
export interface ArticleContext {
  language: string;
  /** All merged candidates of the article (the event itself included). */
  events: DraftEvent[];
}

/** The feature vector of one candidate. Cost: a few dozen map writes plus two passes over the article's events. */
export function candidateFeatures(d: DraftEvent, ctx: ArticleContext): Features {
  const f: Features = {};
  const on = (name: string, v = 1) => {
    if (v) f[name] = v;
  };
  const group = groupOf(d.type);
  const voice = d.trigger.spec.voice;
  on(`type:${d.type}`);
  on(`lang:${ctx.language === 'ar' ? 'ar' : 'en'}`);
  on('trigger_weight', d.trigger.spec.weight);
  // The hand-set score of assemble-events.ts (cue increments, +0.06 per merged repeat): prior knowledge as one input.
  on('hand_score', d.confidence);
  on(`voice:${voice}`);
  on(`voice:${voice}&lang:${ctx.language === 'ar' ? 'ar' : 'en'}`);
  on('multiword_trigger', d.trigger.spec.words.length > 1 ? 1 : 0);
  on('mode', d.mode ? 1 : 0);

  const actor = actorHow(d);
  on(`actor:${actor}`);
  if (actor !== 'none') on(/^nearest/.test(d.trace.actorRule ?? '') ? 'actor_rule:nearest' : 'actor_rule:slot');
  on('target', d.target ? 1 : 0);

  const place = placeHow(d);
  on(`place:${place}`);
  on(`${group}&place:${place}`);
  if (d.place) on(`place_kind:${d.place.kind === 'country' || d.place.kind === 'admin1' ? d.place.kind : 'local'}`);

  on('count', d.killed !== null || d.injured !== null ? 1 : 0);
  on('size', d.size !== null ? 1 : 0);
  on('attribution', d.attribution ? 1 : 0);
  on('negated', d.negated ? 1 : 0);
  on('hedged', d.trace.cues.some((c) => c.startsWith('hedge:')) ? 1 : 0);
  on('backref', d.backref ? 1 : 0);

  const merged = d.trace.merged;
  on('mentions_log', Math.min(Math.log2(merged), 3) / 3);
  on('mentions:2+', merged >= 2 ? 1 : 0);

  // Leads (and the title-like first sentence) report the article's news; late sentences carry background.
  on(
    d.sentence === 0
      ? 'position:lead'
      : d.sentence <= 2
        ? 'position:early'
        : d.sentence <= 6
          ? 'position:mid'
          : 'position:late',
  );

  const s = d.signals;
  if (s) {
    on('sentence_len', Math.min(s.sentenceTokens, 80) / 40);
    on('quoted', s.quoted ? 1 : 0);
    on('clause_triggers:2+', s.clauseTriggers >= 2 ? 1 : 0);
    on('dated', s.dated ? 1 : 0);
  }

  let sameSentence = 0;
  let sameType = 0;
  for (const o of ctx.events) {
    if (o === d) continue;
    if (o.sentence === d.sentence) sameSentence++;
    if (o.type === d.type) sameType++;
  }
  // Several happenings in one sentence is often a summary or a list of background; several unmerged events of
  // one type often repeat one happening under different places.
  on('shared_sentence', Math.min(sameSentence, 3) / 3);
  on('same_type_in_article', Math.min(sameType, 4) / 4);
  on('article_events', Math.min(ctx.events.length, 20) / 20);
  return f;
}
