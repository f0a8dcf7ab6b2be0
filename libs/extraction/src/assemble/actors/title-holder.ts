// "أشاد الرئيس الأميركي بعمل القوة" after "تصريحات للرئيس الأميركي باراك أوباما": an office read as the plain-text
// subject is the person the same article names right after that office elsewhere. The office alone names nobody;
// the holder is who acted. Only a holder the article pairs with the office unambiguously is taken.
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { TEXT_ACTOR_PREFIX } from '../clause/raw-subject';
import { RANKS, TITLE_HEADS } from './apposed-name';

const BREAK = /[.؟?!؛;:«»"()\n]/;

/** A word without its article, for comparing "للرئيس" with "الرئيس" and "رئيس". */
const bare = (w: string): string => w.replace(/^ال/, '');

const isOffice = (t: Token): boolean => TITLE_HEADS.has(t.norm) || TITLE_HEADS.has(bare(t.norm));

function sameWord(t: Token, word: string): boolean {
  const w = bare(word);
  return t.stems.some((s) => bare(s) === w);
}

/** Whether the office's words stand at tokens[at..]. */
function officeAt(tokens: Token[], at: number, office: Token[]): boolean {
  if (at + office.length > tokens.length) return false;
  return office.every((o, j) => (j === 0 ? sameWord(tokens[at], o.norm) : tokens[at + j].norm === o.norm));
}

/** The person the article names right after the office of a plain-text subject ("الرئيس الأميركي"), or null. */
export function titleHolder(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  subject: Span<ActorLike>,
): Span<ActorLike> | null {
  if (!subject.value.id.startsWith(TEXT_ACTOR_PREFIX) || subject.end - subject.first < 2) return null;
  const office = tokens.slice(subject.first, subject.end);
  if (!isOffice(office[0])) return null;
  const people = actors.filter((a) => a.value.kind === 'person');
  let holder: Span<ActorLike> | null = null;
  for (let at = 0; at < tokens.length; at++) {
    if (!officeAt(tokens, at, office)) continue;
    let k = at + office.length;
    const gap = (j: number) => text.slice(tokens[j - 1].end, tokens[j].start);
    while (k < tokens.length && RANKS.has(tokens[k].norm) && !BREAK.test(gap(k))) k++;
    if (k >= tokens.length || BREAK.test(gap(k))) continue;
    // The name follows at once, or the person's mention holds the office itself ("الرئيس الأميركي باراك أوباما").
    // A mention opening with another office ("رئيس الجمهورية السفير الإماراتي ...") is someone else, the object.
    const person = people.find(
      (a) => (a.first === k && !isOffice(tokens[k])) || (a.first >= at && a.first < k && a.end > k),
    );
    if (!person) continue;
    if (holder && holder.value.id !== person.value.id) return null;
    holder = person;
  }
  if (!holder) return null;
  return {
    ...holder,
    first: subject.first,
    end: subject.end,
    start: subject.start,
    stop: subject.stop,
    surface: subject.surface,
  };
}
