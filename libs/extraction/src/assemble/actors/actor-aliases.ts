// The names an event's actor is shown under: the form the article wrote first (the mention surface, which the
// actor finder gives without glued clitics: analysts read the article's own words), then the dictionary's
// display name and its other English and Arabic names. Names of two letters or fewer after folding (IS, UN)
// are left out: as substrings they would "match" half the names in a watch list.
import { ACTOR_TABLE } from '../../data/actors.curated';
import { CURATED_COUNTRIES } from '../../data/countries.curated';
import type { ActorLike } from '../assemble.types';

const MAX_ALIASES = 10;
const ROLE_WORDS: Record<string, string[]> = {
  mil: ['army', 'forces', 'military', 'security forces'],
  gov: ['government'],
  police: ['police', 'security forces', 'forces'],
};

let table: Map<string, string[]> | null = null;

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function build(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of ACTOR_TABLE.trim().split('\n')) {
    const [id, , , name, en = '', ar = ''] = line.split('|');
    const list = (s: string) =>
      s
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
    // A few of each language, so both Arabic and English readers find a familiar name within the cap.
    out.set(id, [name, ...list(en).slice(0, 4), ...list(ar).slice(0, 4)]);
  }
  for (const c of CURATED_COUNTRIES) {
    out.set(`state:${c.cc}`, [c.en, ...c.enAliases.slice(0, 2), ...c.ar.slice(0, 2)]);
    for (const [role, words] of Object.entries(ROLE_WORDS)) {
      const gentilic = c.enGentilic[0];
      const composed = gentilic ? words.map((w) => `${gentilic} ${w}`) : [];
      out.set(`${role}:${c.cc}`, [...composed, c.en]);
    }
  }
  return out;
}

/** Up to ten names: the written form first, then dictionary names, without duplicates or two-letter names. */
export function actorAliases(actor: ActorLike, surface: string | null): string[] {
  table ??= build();
  const names = [surface?.trim().replace(/\s+/g, ' ') || null, actor.name, ...(table.get(actor.id) ?? [])];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    if (!n) continue;
    const key = fold(n);
    if (key.length <= 2 || seen.has(key)) continue;
    seen.add(key);
    out.push(n);
    if (out.length === MAX_ALIASES) break;
  }
  return out;
}
