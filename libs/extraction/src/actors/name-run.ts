// A person's name words after a title or a first name: where an Arabic or Latin name run ends (at a function word,
// an organisation, a family name or nisba, after 4 words).
import { tokenVariants } from '../gazetteer/arabic-clitics';
import type { Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import { adjacent } from './person-ref';
import { longestPhrase } from './phrase-match';

const NAME_LINKS = new Set([
  'بن',
  'ابن',
  'ابو',
  'عبد',
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'de',
  'van',
  'von',
  'ould',
  'abd',
  'ابي',
  'ابا',
  // آل (family of): محمد حسين آل زاهر
  'ال',
]);

/** Middle words of compound given names (نور الدين, عبد الله, سيف الإسلام): an ال word that does not end a name. */
const NAME_MIDDLES = new Set(['الله', 'الدين', 'الاسلام', 'الرحمن', 'الرحيم', 'العزيز', 'الكريم', 'الملك', 'الحق']);
/** Given names that begin with و (a proclitic-looking letter): other و-words end a name (وهو, وكان, وأضاف). */
const WAW_NAMES = new Set(['وليد', 'وايل', 'وسام', 'وجدي', 'وحيد', 'وديع', 'وجيه', 'وفاء', 'وصفي', 'وهبه', 'ولد']);

/** The key of على (on), which folds like the given name علي. */
const ALA = 'علي';

/** An Arabic word that cannot continue a person's name: و-words (وهو, وكان), a preposition or conjunction glued to
 * an article (بالجيش, للمرة, والحكومة), or a listed function word, adverb or frequent verb. */
function endsArabicName(key: string, store: ActorStore, written = ''): boolean {
  if (store.nameStop.has(key)) return true;
  // على ("on") folds like the given name علي: told apart by how it is written.
  if (written === 'على') return true;
  // A preposition glued to an organisation or office (لوكالة فرانس برس, بوزارة): the name ended before it.
  if (/^[لب]/.test(key) && key.length >= 5) {
    const rest = key.slice(1);
    if (
      store.actors.firstToken.has(rest) ||
      store.institutions.firstToken.has(rest) ||
      store.titles.firstToken.has(rest)
    )
      return true;
  }
  if (key.startsWith('و') && !WAW_NAMES.has(key) && !store.firstNames.has(key)) return true;
  return /^(بال|لل|وال|فال|كال)/.test(key) && !store.firstNames.has(key);
}

/** Some clitic reading of token j opens an organisation's name (a plain loop: nameRun runs at most words, and an
 * arrow over its arguments cost a scope object per call). */
function organisationOpens(text: string, tokens: Token[], j: number, store: ActorStore): boolean {
  for (const v of tokenVariants(tokens)[j]) if (isOrganisationAt(text, tokens, j, v.key, store)) return true;
  return false;
}

/** Name words from token j: Arabic words not in the stop list, or capitalised Latin words (with al/bin links). An
 * Arabic name ends after its family name or nisba (an ال word not after a link: عبد الخالق الحوثي, بشار الأسد),
 * at a function word, adverb or verb, and after 4 words. */
export function nameRun(text: string, tokens: Token[], j: number, store: ActorStore, arabic: boolean): number {
  let n = 0;
  while (n < 4 && j + n < tokens.length) {
    const t = tokens[j + n];
    if (n > 0 && !adjacent(text, tokens[j + n - 1], t)) break;
    if (t.arabic !== arabic) break;
    if (arabic) {
      // Only علي may be written على: other keys skip building the written form.
      const written = t.key === ALA ? text.slice(t.start, t.end).replace(/[\u064B-\u065F\u0670\u0640]/g, '') : '';
      if (store.titles.byKey.has(t.key) || store.gentilics.has(t.key) || endsArabicName(t.key, store, written)) break;
      // A name never starts where an organisation does (المنسق العام للهيئة العليا…): leave that to the dictionary.
      if (n === 0 && organisationOpens(text, tokens, j, store)) break;
      // Nor does it run into one (طالب البابا فرنسيس الأمم المتحدة): that is the verb's object.
      // Only a name of two words or more: a one-word group may be a family name (محمد علي الحوثي).
      if (n > 0 && t.key.startsWith('ال') && longOrganisationAt(text, tokens, j + n, t.key, store)) break;
      if (n === 0 && t.key.startsWith('لل')) break;
      // Nor at a preposition glued to an idafa (مساعد وزير الداخلية لقطاع السجون اللواء X): the office goes on.
      const nextKey = tokens[j + 1]?.key ?? '';
      if (n === 0 && t.key.startsWith('ل') && !store.firstNames.has(t.key) && nextKey.startsWith('ال')) break;
      // Nor where an institution does (رئيس مجلس الوزراء, قائد جيش الحكومة), nor does it run into one (ديمبسي الحكومة).
      if (store.institutions.firstToken.has(t.key) && (n === 0 || t.key.startsWith('ال'))) break;
      n++;
      const family = t.key.startsWith('ال') && t.key !== 'ال' && !NAME_MIDDLES.has(t.key);
      const afterLink = j + n >= 2 && NAME_LINKS.has(tokens[j + n - 2].key);
      if (family && !afterLink) break;
      continue;
    } else if (!t.cap && !(NAME_LINKS.has(t.key) && n > 0)) break;
    n++;
  }
  while (n > 0 && NAME_LINKS.has(tokens[j + n - 1].key)) n--;
  return n;
}

function longOrganisationAt(text: string, tokens: Token[], j: number, first: string, store: ActorStore): boolean {
  const hit = longestPhrase(text, tokens, j, first, store.actors);
  return hit !== null && hit[0] >= 2 && hit[1].kind !== 'person';
}

function isOrganisationAt(text: string, tokens: Token[], j: number, first: string, store: ActorStore): boolean {
  const hit = longestPhrase(text, tokens, j, first, store.actors);
  return hit !== null && hit[1].kind !== 'person';
}
