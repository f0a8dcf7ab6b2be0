// findActors: left-to-right longest match over tokens among dictionary phrases, institution + gentilic phrases
// (الجيش التركي, Turkish army) and person patterns (title + name, known first name + name); then context readings,
// bare institutions resolved to the article's country, unknown names whose surname recurs, and remembered surnames.
import { tokenVariants, type KeyVariant } from '../gazetteer/arabic-clitics';
import { offsetOfKeyIndex, tokenize, type Token } from '../gazetteer/tokenize';
import { mentionsSyria, storySigns, syrianContext, contextual } from './actor-context';
import { getActorStore } from './actor-store';
import type { ActorMention } from './actor.types';
import { capitalMetonymOk } from './capital-metonym';
import { dropBylinePeople } from './byline';
import { dropDatelineCredits } from './dateline-credit';
import { matchAt } from './match-actor-at';
import { mastheadOk } from './outlet-masthead';
import { joined } from './phrase-match';
import { recurringNames } from './recurring-names';
import { rememberPeople } from './remember-people';
import { resolveBare } from './resolve-bare';

type Match = ReturnType<typeof matchAt>;
// "-led" is left out: "Hamas-led militants" are Hamas's own.
const BACKER_COMPOUND = /^-(?:backed|aligned|allied|supported|sponsored|funded)\b/i;
const GROUP_KINDS = new Set(['armed_group', 'rebels', 'militia']);
// "مدينة القاعدة" (a town in Ibb): a group's name right after a settlement noun names the place.
const SETTLEMENTS = new Set(['مدينه', 'بمدينه', 'لمدينه', 'بلده', 'ببلده', 'قريه', 'بقريه', 'مديريه', 'بمديريه']);

function settlementName(text: string, tokens: Token[], i: number, m: NonNullable<Match>): boolean {
  const prev = tokens[i - 1];
  return GROUP_KINDS.has(m.actor.kind) && !!prev && SETTLEMENTS.has(prev.key) && joined(text, prev, tokens[i]);
}

/** "المسلحين الحوثيين", "gunmen of the Houthis" read as one: a generic head (gunmen) followed at once by an armed
 * group's name or adjective is that group. */
function namedGunmen(text: string, tokens: Token[], vars: KeyVariant[][], m: Match): Match {
  if (!m || m.next >= tokens.length || !joined(text, tokens[m.next - 1], tokens[m.next])) return m;
  const gunmen = m.actor.id === 'group:gunmen';
  if (!gunmen && !GROUP_KINDS.has(m.actor.kind)) return m;
  const next = matchAt(text, tokens, vars, m.next, getActorStore());
  if (!next) return m;
  // "المسلحين الحوثيين": the group's name after the generic head.
  if (gunmen && GROUP_KINDS.has(next.actor.kind)) return { ...next, skip: m.skip };
  // "Al-Shabaab militants": the generic head after the group's name.
  if (!gunmen && next.actor.id === 'group:gunmen') return { ...m, next: next.next, end: next.end };
  return m;
}

/** normalizeKey of a match's surface, rebuilt from token keys, as a thunk (only the regime reading needs it). Made
 * here, not as an arrow in findActors' loop: that gave every loop turn, one per word, its own scope object. */
function matchKey(tokens: Token[], first: string, i: number, next: number): () => string {
  return () => [first, ...tokens.slice(i + 1, next).map((x) => x.key)].join(' ');
}

/** The clitic reading of a word that drops `skip` characters. Not an arrow over the loop's match in findActors:
 * that kept the match in a scope allocated on every turn of the loop, one per word, matched or not. */
function readingWithSkip(vs: KeyVariant[], skip: number): KeyVariant | undefined {
  for (const v of vs) if (v.skip === skip) return v;
  return undefined;
}

export function findActors(text: string, _opts: { language?: string } = {}): ActorMention[] {
  const store = getActorStore();
  const tokens = tokenize(text);
  const vars = tokenVariants(tokens);
  const out: ActorMention[] = [];
  let syriaCache: boolean | null = null;
  let storyCache: boolean | null = null;
  const syria = (): boolean => (syriaCache ??= mentionsSyria(tokens));
  const syrianStory = (): boolean => (storyCache ??= syrianContext(tokens));
  let signCache: Map<string, number> | null = null;
  const signs = (): Map<string, number> => (signCache ??= storySigns(tokens));
  const backers = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    const m = namedGunmen(text, tokens, vars, matchAt(text, tokens, vars, i, store));
    if (!m || settlementName(text, tokens, i, m)) {
      i = m ? m.next : i + 1;
      continue;
    }
    const start = m.skip ? offsetOfKeyIndex(text, tokens[i], m.skip) : tokens[i].start;
    const surface = text.slice(start, m.end);
    const first = readingWithSkip(vars[i], m.skip)?.key ?? tokens[i].key;
    const next = m.next;
    // "شخصاً سورياً": tanween marks an indefinite adjective or noun, never a state's or group's name.
    const tanween =
      tokens[next - 1].arabic &&
      (/[\u064B-\u064D][\u0627\u0649]?$/.test(text.slice(start, m.end)) ||
        /^[\u064B-\u064D]/.test(text.slice(m.end, m.end + 1)));
    // "القوات الموالية لصالح", "قوات موالية للنظام": loyalist forces whose master a glued ل names belong to him.
    const owned = m.actor.id === 'ctx:loyalists' && /^ل/.test(tokens[next]?.key ?? '') && tokens[next].arabic;
    const actor =
      !tanween && !owned && capitalMetonymOk(text, tokens, i, m) && mastheadOk(text, tokens, vars, i, m, first, start)
        ? contextual(m.actor, matchKey(tokens, first, i, next), store, syria, syrianStory, signs)
        : null;
    // "للأمم المتحدة", "للنظام": the ل reading drops the article's alef; the surface gives the name its ال back.
    const lam = m.skip >= 2 && first.startsWith('ال') && first.slice(2) === tokens[i].key.slice(m.skip);
    // "anti-government protests", "anti-Houthi fighters": the name an "anti-" compound opposes is no party to it.
    const opposed = /\banti-$/i.test(text.slice(Math.max(0, start - 5), start));
    const mention = actor && !opposed ? { start, end: m.end, surface: lam ? 'ال' + surface : surface, actor } : null;
    if (mention) out.push(mention);
    // "Sudan's army-backed government", "Rwanda-backed M23": the backer in a "-backed" compound only qualifies the noun
    // after it, which is the party (the government, M23). It still tells which country the story is about (bare
    // institutions read by it below), and is dropped only from the mentions handed on (by offset: bare ones are rebuilt).
    if (mention && BACKER_COMPOUND.test(text.slice(m.end, m.end + 12))) backers.add(start);
    i = m.next;
  }
  const named = recurringNames(text, tokens, vars, resolveBare(text, tokens, vars, out, store), store);
  const kept = backers.size ? named.filter((x) => !backers.has(x.start)) : named;
  return dropDatelineCredits(text, dropBylinePeople(text, rememberPeople(text, tokens, vars, kept, store)));
}
