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

/** Context-dependent readings: النظام / المعارضة mean the Syrian ones only in a Syrian context. */
export function contextual(
  actor: ActorRef,
  key: () => string,
  store: ActorStore,
  syria: () => boolean,
  syrianStory: () => boolean,
): ActorRef | null {
  if (actor.id === 'gov:SY') {
    const k = key();
    if (k === 'النظام' || k === 'regime') return syria() ? actor : null;
  }
  if (actor.id === 'group:opposition' && syria()) return store.byId.get('group:syrian-opposition') ?? actor;
  // الدفاع المدني is the White Helmets in Syrian news, a national civil-defence service elsewhere (Saudi news, a
  // Houthi rocket on Jazan that mentions Syria in passing).
  if (actor.id === 'ngo:white-helmets' && key() === 'الدفاع المدني' && !syrianStory())
    return store.byId.get('gov:civil-defence') ?? actor;
  return actor;
}
