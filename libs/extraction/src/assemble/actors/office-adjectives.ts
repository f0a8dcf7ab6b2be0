// "ندد الرئيس التركي الاسلامي المحافظ": adjectives after an office's nationality describe the holder (his party,
// his politics), not the office. The text subject is the office up to the nationality ("الرئيس التركي"), so that
// it reads like the other mentions of that office and can find its holder (title-holder.ts).
import type { Token } from '../../text/tokenize';
import { getStore } from '../../gazetteer/gazetteer-store';
import { normalizeKey } from '@marsad/contracts';
import type { ActorLike, Span } from '../assemble.types';
import { TEXT_ACTOR_PREFIX, textActor } from '../clause/raw-subject';
import { TITLE_HEADS } from './apposed-name';

/** The office of a plain-text subject without the adjectives after its nationality, or null when none follow. */
export function officeBeforeAdjectives(
  text: string,
  tokens: Token[],
  subject: Span<ActorLike>,
): Span<ActorLike> | null {
  if (!subject.value.id.startsWith(TEXT_ACTOR_PREFIX) || !TITLE_HEADS.has(tokens[subject.first]?.norm ?? ''))
    return null;
  const gentilics = getStore().gentilics;
  // The first nationality after the head ("رئيس الوزراء التركي": the office may have its idafa before it).
  for (let k = subject.first + 1; k < subject.end - 1; k++)
    if (gentilics.has(normalizeKey(text.slice(tokens[k].start, tokens[k].end))))
      return textActor(text, tokens, subject.first, k + 1);
  return null;
}
