// Bare institutions (الجيش, the army) become the forces of the article's country (dateline, else the country named
// most), or are dropped when no country stands out.
import { normalizeKey } from '@marsad/contracts';
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import type { Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import type { ActorMention } from './actor.types';
import type { InstitutionRole } from './institution-words.data';
import { findPlaces } from '../gazetteer/find-places';
import { BARE_PREFIX, institutionActor } from './institution-actor';

/** Length of an English wire dateline ("YANGON, Myanmar (Reuters) — "), or 0. */
function datelineEnd(text: string): number {
  const m = /^\s*[A-Z][A-Z .'’-]*[A-Z](?:,\s*[A-Z][\w .'’-]{1,30})?\s*(?:\([^)\n]{1,30}\))?\s*(?:—|–|--|-)\s/.exec(
    text,
  );
  return m ? m[0].length : 0;
}

// Arabic wire datelines, either order: "سبق- الرياض:", "واس - الكويت :", "جدة – عين اليوم⏎", and with the
// reporter's name first: "فلان الفلاني - سبق - عسير:".
const AR_DATELINE =
  /^\s*[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){0,2}(?:\s*[-–—]\s*[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){0,2}){1,2}\s*(?:\([^)\n]{1,20}\))?\s*(?::|\n)/;

/** The country of the city an Arabic dateline names, if any. */
function arabicDatelineCountry(text: string): string | null {
  const m = AR_DATELINE.exec(text);
  if (!m) return null;
  return findPlaces(m[0], { language: 'ar' }).find((p) => p.place.country)?.place.country ?? null;
}

/** The country the article is about: the dateline's country, else the one named most (states, country adjectives,
 * national institutions), when it leads the others; null when no country stands out. */
function articleCountry(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  found: ActorMention[],
  store: ActorStore,
): string | null {
  const tally = new Map<string, number>();
  const bump = (cc: string | null, n: number): void => {
    if (cc) tally.set(cc, (tally.get(cc) ?? 0) + n);
  };
  const dateline = datelineEnd(text);
  // Where an Arabic report is filed from tips the balance only when nothing else does (a Riyadh desk covers Yemen).
  bump(arabicDatelineCountry(text), 2);
  for (const m of found) {
    const a = m.actor;
    if (a.kind === 'state') bump(a.country, m.end <= dateline ? 5 : 1);
    else if (/^(mil|gov|police):[A-Z]{2}$/.test(a.id)) bump(a.country, 1);
  }
  // In Arabic the towns and regions the story happens in tell its country too ("في مدينة سجنان التابعة لولاية
  // بنزرت"); an English wire story's places are more often its foreign backdrop, and its dateline speaks already.
  if (tokens.some((t) => t.arabic))
    for (const p of findPlaces(text, { language: 'ar' })) if (p.place.kind !== 'country') bump(p.place.country, 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.arabic && !t.cap) continue;
    for (const v of vars[i]) {
      const cc = store.gentilics.get(v.key);
      if (cc) {
        bump(cc, 1);
        break;
      }
    }
  }
  let top: string | null = null;
  let first = 0;
  let second = 0;
  for (const [cc, n] of tally) {
    if (n > first) [top, first, second] = [cc, n, first];
    else if (n > second) second = n;
  }
  return top && first >= 2 && first > second ? top : null;
}

// "نائب رئيس مجلس الوزراء", "النائب الثاني لرئيس مجلس الوزراء": a bare institution after the noun of its head or
// deputy is part of an office holder's title, who is named beside it; it is no body acting of its own.
const HEAD_OF = new Set(['رئيس', 'لرئيس', 'ورئيس', 'برئيس', 'نائب', 'ونائب'].map(normalizeKey));

function inTitle(tokens: Token[], m: ActorMention): boolean {
  const at = tokens.findIndex((t) => t.end > m.start);
  return at > 0 && HEAD_OF.has(tokens[at - 1].key);
}

/** Bare institutions (الجيش, the army) become the forces of the article's country, or are dropped. */
export function resolveBare(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  found: ActorMention[],
  store: ActorStore,
): ActorMention[] {
  if (!found.some((m) => m.actor.id.startsWith(BARE_PREFIX))) return found;
  const cc = articleCountry(text, tokens, vars, found, store);
  const out: ActorMention[] = [];
  for (const m of found) {
    if (!m.actor.id.startsWith(BARE_PREFIX)) out.push(m);
    else if (cc && !inTitle(tokens, m))
      out.push({ ...m, actor: institutionActor(store, m.actor.id.slice(BARE_PREFIX.length) as InstitutionRole, cc) });
  }
  return out;
}
