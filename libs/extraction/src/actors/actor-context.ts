// Context-dependent actor readings: النظام / المعارضة are the Syrian ones only in a text that mentions Syria, and
// الدفاع المدني is the White Helmets only in a Syrian story (a national civil-defence service elsewhere).
import type { Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import type { ActorRef } from './actor.types';

const SYRIA_SIGNS = new Set([
  'سوريا',
  'سوريه',
  'السوري',
  'السوريه',
  'الاسد',
  'دمشق',
  'حلب',
  'syria',
  'syrian',
  'assad',
  'damascus',
  'aleppo',
]);

/** Signs of a Yemeni / Saudi-border story: there الدفاع المدني is the national civil defence even when Syria or
 * الأسد ("the lion") is mentioned in passing. */
const NOT_SYRIA_SIGNS = new Set([
  'اليمن',
  'اليمني',
  'اليمنيه',
  'الحوثي',
  'الحوثيين',
  'الحوثيون',
  'صنعاء',
  'عدن',
  'جازان',
  'جيزان',
  'نجران',
  'ظهران',
  'المملكه',
  'السعوديه',
  'yemen',
  'houthi',
  'houthis',
  'saudi',
]);

/** The text mentions Syria: a Syria sign, clitics allowed. */
export function mentionsSyria(tokens: Token[]): boolean {
  return tokens.some((t) => SYRIA_SIGNS.has(t.key) || SYRIA_SIGNS.has(t.key.slice(1)));
}

/** The text is about Syria: a Syria sign (clitics allowed), and more of them than signs of a Yemeni/Saudi story. */
export function syrianContext(tokens: Token[]): boolean {
  let syria = 0;
  let other = 0;
  for (const t of tokens) {
    if (SYRIA_SIGNS.has(t.key) || SYRIA_SIGNS.has(t.key.slice(1))) syria++;
    else if (NOT_SYRIA_SIGNS.has(t.key) || NOT_SYRIA_SIGNS.has(t.key.slice(1))) other++;
  }
  return syria > 0 && syria >= other;
}

/** Bare words whose referent is the story's (actors.curated.ts `ctx:` lines). */
export const CONTEXT_PREFIX = 'ctx:';

const SIGNS: Record<string, string[]> = {
  YE: [
    'اليمن',
    'اليمني',
    'اليمنيه',
    'الحوثي',
    'الحوثيين',
    'الحوثيون',
    'صنعاء',
    'عدن',
    'تعز',
    'مارب',
    'لحج',
    'ابين',
    'هادي',
  ],
  // Where "المقاومة" means Hamas and its allies, or Hezbollah.
  PS: ['غزه', 'حماس', 'الاحتلال', 'اسرائيل', 'الاسرائيلي', 'الاسرائيليه', 'فلسطين', 'الفلسطيني', 'الفلسطينيه', 'الضفه'],
  LB: ['لبنان', 'اللبناني', 'اللبنانيه', 'حزب'],
  SY: ['سوريا', 'سوريه', 'السوري', 'السوريه', 'الاسد', 'دمشق', 'حلب'],
  IQ: ['العراق', 'العراقي', 'العراقيه', 'بغداد'],
  SA: ['السعوديه', 'السعودي', 'الرياض', 'الحرمين', 'جده'],
  BH: ['البحرين', 'البحريني', 'البحرينيه', 'المنامه'],
  JO: ['الاردن', 'الاردني', 'الاردنيه', 'عمان'],
  MA: ['المغرب', 'المغربي', 'المغربيه', 'الرباط'],
};
const SIGN_OF = new Map<string, string>();
for (const [cc, words] of Object.entries(SIGNS)) for (const w of words) SIGN_OF.set(w, cc);

/** How often each country's signs occur in the text, clitics allowed. */
export function storySigns(tokens: Token[]): Map<string, number> {
  const tally = new Map<string, number>();
  for (const t of tokens) {
    const cc = SIGN_OF.get(t.key) ?? SIGN_OF.get(t.key.slice(1));
    if (cc) tally.set(cc, (tally.get(cc) ?? 0) + 1);
  }
  return tally;
}

/** A bare story word's actor: المقاومة is Yemen's Popular Resistance in a Yemeni story (not a Palestinian or
 * Lebanese one), الائتلاف the Syrian National Coalition in a Syrian story (not an Iraqi one), المملكة the kingdom
 * the story is about (Saudi Arabia unless Bahrain, Jordan or Morocco leads); otherwise nothing. */
function storyActor(id: string, store: ActorStore, signs: () => Map<string, number>): ActorRef | null {
  const n = (cc: string) => signs().get(cc) ?? 0;
  if (id === 'ctx:resistance')
    return n('YE') > 0 && n('YE') >= n('PS') + n('LB') ? (store.byId.get('group:popular-resistance') ?? null) : null;
  // A bare "المتمردين" (the rebels) is the Houthis in a Yemeni story, and rebels of no named group elsewhere (FARC
  // in Colombia, the PKK in Turkey, al-Shabaab in Somalia).
  if (id === 'ctx:rebels')
    return store.byId.get(n('YE') > 0 && n('YE') >= n('SY') ? 'group:houthis' : 'group:opposition') ?? null;
  if (id === 'ctx:coalition')
    return n('SY') > 0 && n('SY') >= n('IQ') + n('YE') ? (store.byId.get('group:syrian-coalition') ?? null) : null;
  // A bare التحالف is the US-led coalition in an Iraqi or Syrian story, the Saudi-led one otherwise.
  if (id === 'ctx:alliance')
    return store.byId.get(n('IQ') + n('SY') > n('YE') ? 'mil:coalition-us' : 'mil:coalition-arab') ?? null;
  // A bare "القوات الموالية" (loyalist forces) is the Yemeni government's in a Yemeni story, the Syrian regime's in a
  // Syrian one (whose loyalty a following ل phrase names is left to that phrase: find-actors.ts).
  if (id === 'ctx:loyalists') {
    if (n('YE') > 0 && n('YE') > n('SY')) return store.byId.get('mil:YE') ?? null;
    return n('SY') > n('YE') ? (store.byId.get('mil:SY') ?? null) : null;
  }
  if (id === 'ctx:kingdom') {
    const other = ['BH', 'JO', 'MA'].sort((a, b) => n(b) - n(a))[0];
    return store.byId.get(`state:${n(other) > n('SA') ? other : 'SA'}`) ?? null;
  }
  return null;
}

/** Context-dependent readings: النظام / المعارضة mean the Syrian ones only in a Syrian context. */
export function contextual(
  actor: ActorRef,
  key: () => string,
  store: ActorStore,
  syria: () => boolean,
  syrianStory: () => boolean,
  signs: () => Map<string, number> = () => new Map(),
): ActorRef | null {
  if (actor.id.startsWith(CONTEXT_PREFIX)) return storyActor(actor.id, store, signs);
  if (actor.id === 'gov:SY') {
    const k = key();
    if (k === 'النظام' || k === 'regime') return syria() ? actor : null;
  }
  // A bare فتح is the common masdar "opening" (إعادة فتح المصارف, فتح النار) outside a Palestinian story.
  if (actor.id === 'group:fatah' && key() === 'فتح' && !(signs().get('PS') ?? 0)) return null;
  if (actor.id === 'group:opposition' && syria()) return store.byId.get('group:syrian-opposition') ?? actor;
  // الدفاع المدني is the White Helmets in Syrian news, a national civil-defence service elsewhere (Saudi news, a
  // Houthi rocket on Jazan that mentions Syria in passing).
  if (actor.id === 'ngo:white-helmets' && key() === 'الدفاع المدني' && !syrianStory())
    return store.byId.get('gov:civil-defence') ?? actor;
  return actor;
}
