// Features of a candidate event (a merged draft, before the emission threshold) for the confidence model.
// Only generic cues of how the event was read: never article ids or words, so the model transfers to new text.
// Features are sparse (name → value, zeros omitted) so calibration.json stays readable and survives additions.
import type { DraftEvent, PlaceLike } from '../assemble/assemble.types';
import { nearestReading } from '../assemble/actors/actor-reading';
import { TEXT_ACTOR_PREFIX } from '../assemble/clause/raw-subject';
import { CARRIED_SUBJECT_RULE } from '../assemble/actors/arabic-actor-dropped-subject';
import { STORY_DOER_RULE } from '../assemble/merge/article-actor';
import { hasSameDayCue } from './same-day-cues';
import { arabicClauseCues } from './arabic-clause-cues';
import { titleCues, type TitleReading } from './title-cues';

export type Features = Record<string, number>;

const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'PROTEST', 'AID']);
const VERBAL = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'REQUEST', 'THREATEN']);

/** The group a type belongs to, for place interactions: a material event needs a place, a statement does not. */
function groupOf(type: string): 'material' | 'verbal' | 'venue' {
  if (MATERIAL.has(type)) return 'material';
  if (VERBAL.has(type)) return 'verbal';
  return 'venue';
}

/** How the place was found, folded into a few classes (rule names live in choose-location, attach-place and
 * meeting-venue). Every fallback that puts an unplaced event in a whole country is one class: whether that country
 * is the actor's own is a feature of its own (home_place). */
export function placeHow(d: DraftEvent): string {
  if (!d.place) return 'none';
  switch (d.trace.placeRule) {
    // the host of the talks is named in their clause, only its capital is looked up
    case 'nearest in clause':
    case 'host of the talks':
      return 'clause';
    // a deal placed at the article's one meeting is, like a sentence's place, read near another trigger
    case 'earlier in sentence':
    case 'later in sentence':
    case 'venue of the meeting':
      return 'sentence';
    case 'setting of previous sentence':
      return 'previous';
    case 'dateline fallback':
      return 'dateline';
    case 'country fallback':
    case 'story country':
    case 'home forces country':
    case 'home state country':
      return 'country';
    case null:
    default:
      // merged from another mention: the place is a repeat's own
      return 'merged';
  }
}

/** A subject carried over from the previous sentence names who spoke, but is no evidence that the sentence reports
 * a happening: the model, fitted before such subjects were read, sees it as no actor; so is a doer lent from the
 * story told before (article-actor.ts). */
function actorHow(d: DraftEvent): string {
  if (!d.actor || d.trace.actorRule === CARRIED_SUBJECT_RULE || d.trace.actorRule === STORY_DOER_RULE) return 'none';
  return d.actor.id.startsWith(TEXT_ACTOR_PREFIX) ? 'text' : 'dict';
}

/** Article-level context shared by all candidates of one article. */
export interface ArticleContext {
  language: string;
  /** All merged candidates of the article (the event itself included). */
  events: DraftEvent[];
  /** What the article's title names (title-cues.ts), when it has one. */
  title?: TitleReading | null;
}

/** Within about 40 km (the scorer's default radius), on a flat approximation: enough to tell one area from another. */
function near(a: PlaceLike, b: PlaceLike): boolean {
  if (a.id === b.id) return true;
  const dy = (a.lat - b.lat) * 111;
  const dx = (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180);
  return dx * dx + dy * dy <= 40 * 40;
}

/** The feature vector of one candidate. Cost: a few dozen map writes plus two passes over the article's events. */
export function candidateFeatures(d: DraftEvent, ctx: ArticleContext): Features {
  const f: Features = {};
  const on = (name: string, v = 1) => {
    if (v) f[name] = v;
  };
  const group = groupOf(d.type);
  const voice = d.trigger.spec.voice;
  const lang = ctx.language === 'ar' ? 'ar' : 'en';
  on(`type:${d.type}`);
  on(`lang:${lang}`);
  on('trigger_weight', d.trigger.spec.weight);
  // The hand-set score of assemble-events.ts (cue increments, +0.06 per merged repeat): prior knowledge as one input.
  on('hand_score', d.confidence);
  on(`voice:${voice}`);
  on(`voice:${voice}&lang:${lang}`);
  on('multiword_trigger', d.trigger.spec.words.length > 1 ? 1 : 0);
  on('mode', d.mode ? 1 : 0);
  // The trigger's sense within its type (arrest vs release, meet vs phone): a finer, still generic, type.
  if (d.mode) on(`mode:${d.mode}`);

  const actor = actorHow(d);
  on(`actor:${actor}`);
  if (actor !== 'none') on(nearestReading(d) ? 'actor_rule:nearest' : 'actor_rule:slot');
  // No actor means different things by group (an unattributed blast is news, an unattributed statement is not)
  // and by language (Arabic leads name the actor far more often than English ones).
  if (actor === 'none') {
    on(`${group}&actor:none`);
    on(`actor:none&lang:${lang}`);
  }
  on('target', d.target ? 1 : 0);
  // A named person meeting or arresting reads differently from a state or a body named by metonymy.
  if (actor !== 'none' && d.actor) on(`actor_kind:${d.actor.kind}`);

  const place = placeHow(d);
  on(`place:${place}`);
  on(`${group}&place:${place}`);
  const kind = d.place ? (d.place.kind === 'country' || d.place.kind === 'admin1' ? d.place.kind : 'local') : null;
  if (kind) on(`place_kind:${kind}`);
  // A whole country is a fine place for a statement but a weak one for a clash or a raid: the kind by group.
  if (kind) on(`${group}&place_kind:${kind}`);
  // Where the actor belongs against where it acted: a state's police arresting at home (placed in the country
  // itself), a force acting inside its own country, or acting abroad (strikes, visits) read differently.
  if (d.place && d.actor?.country)
    on(
      d.actor.country === d.place.country ? `home_place:${kind === 'country' ? 'country' : 'inside'}` : 'abroad_place',
    );

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
  const position = d.sentence === 0 ? 'lead' : d.sentence <= 2 ? 'early' : d.sentence <= 6 ? 'mid' : 'late';
  on(`position:${position}`);
  // Arabic reports put background late; English wire copy often details the news deep in the article.
  on(`position:${position}&lang:${lang}`);

  const s = d.signals;
  if (s) {
    on('sentence_len', Math.min(s.sentenceTokens, 80) / 40);
    on('quoted', s.quoted ? 1 : 0);
    // a quoted statement is still a statement; a quoted attack is often a claim or a memory
    if (s.quoted) on(`quoted&${group}`);
    on('clause_triggers:2+', s.clauseTriggers >= 2 ? 1 : 0);
    // "Earlier in the day" dates an English sentence as surely as "on Tuesday" (same-day-cues.ts).
    on('dated', s.dated || (lang === 'en' && hasSameDayCue(d.evidence.text)) ? 1 : 0);
  }

  // The headline names the story's news: a candidate of its kind, at its place or by its actor is rarely an aside.
  if (ctx.title) {
    const t = titleCues(d, ctx.title);
    on('title_type', t.type ? 1 : 0);
    on('title_place', t.place ? 1 : 0);
    on('title_country', t.country ? 1 : 0);
    on('title_actor', t.actor ? 1 : 0);
  }
  if (lang === 'ar') {
    const c = arabicClauseCues(d);
    on('counted', c.counted ? 1 : 0);
    on('trigger_opens', c.opens ? 1 : 0);
  }

  let sameSentence = 0;
  let sameType = 0;
  let samePlace = 0;
  const places = new Set<string>();
  const actors = new Set<string>();
  for (const o of ctx.events) {
    if (o.place) places.add(o.place.id);
    if (o.actor) actors.add(o.actor.id);
    if (o === d) continue;
    if (o.sentence === d.sentence) sameSentence++;
    if (o.type === d.type) sameType++;
    if (d.place && o.place && near(d.place, o.place)) samePlace++;
  }
  // Several happenings in one sentence is often a summary or a list of background; several unmerged events of
  // one type often repeat one happening under different places.
  on('shared_sentence', Math.min(sameSentence, 3) / 3);
  on('same_type_in_article', Math.min(sameType, 4) / 4);
  on('article_events', Math.min(ctx.events.length, 20) / 20);
  // A place other events share is likely the story's scene; a lone place is often an aside or a wrong read.
  if (d.place) on('place_shared', Math.min(samePlace, 3) / 3);
  // Articles touring many places and actors (round-ups, analyses) hold more background than news.
  on('article_places', Math.min(places.size, 8) / 8);
  on('article_actors', Math.min(actors.size, 8) / 8);
  return f;
}
