// "مؤكداً خلال لقائه المبعوث", "وجرى خلال اجتماعها": a masdar owned by a pronoun has no idafa agent; the pronoun
// stands for the sentence's speaker or subject.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';
import type { ArticleContext, ClauseContext } from '../draft-context.types';
import { MATERIAL } from '../event-classes';
import { isGoverned } from '../clause/actor-roles';
import { outletCarriesReport, reportedSubject } from '../clause/outlet-roles';
import { sentenceSpeaker } from '../clause/shared-subject';
import type { Token } from '../../text/tokenize';
import { adopt, type ActorAttachment } from './actor-attachment';

const POSSESSIVE = /(?:ه|ها|هم|هما)$/;

/** "لقائه", "زيارتها", "اتصاله": a single-word masdar trigger carrying a possessive pronoun. */
export function possessiveMasdar(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.voice !== 'noun' || trigger.end - trigger.first !== 1) return false;
  const t = tokens[trigger.first];
  const surface = t.surface.replace(/[\u064B-\u0652\u0640]/g, '');
  const m = POSSESSIVE.exec(surface);
  if (!t.isArabic || !m || surface.endsWith('ة')) return false;
  const bare = t.norm.slice(0, t.norm.length - m[0].length);
  // The pronoun is a suffix only when the word without it is one of the token's readings (زيارت → زياره).
  return bare.length >= 3 && t.stems.some((x) => x === bare || x === bare.replace(/ت$/, 'ه'));
}

/** The first name of the sentence, right after its opening verb and not the object of a preposition. */
function openingSubject(
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sentenceFirst: number,
): Span<ActorLike> | null {
  const a = actors.find((x) => x.first >= sentenceFirst && x.end <= trigger.first);
  if (!a || a.first === sentenceFirst || a.first - sentenceFirst > 3 || isGoverned(tokens, a)) return null;
  // "علمت «عكاظ» أن رئيس الإقليم أبلغ ... رفضه": an outlet learning the news gives way to the reported subject.
  return outletCarriesReport(tokens, a, trigger) ? reportedSubject(tokens, actors, a, trigger) : a;
}

/** The owner of a possessive masdar (not of a material event) is the sentence's speaker or opening subject. */
export function masdarOwner(
  article: ArticleContext,
  clause: ClauseContext,
  trigger: TriggerMatch,
  r: ActorAttachment,
): void {
  const { tokens, actors, arabic } = article;
  if (arabic && !MATERIAL.has(trigger.spec.type) && possessiveMasdar(tokens, trigger)) {
    const subject =
      sentenceSpeaker(tokens, actors, trigger, clause.sFirst) ?? openingSubject(tokens, actors, trigger, clause.sFirst);
    adopt(r, subject, 'owner of the masdar');
  }
}
