// Per-text person memory: a bare surname elsewhere in the text (Zulum, الجبير) is the person named in full earlier.
import type { KeyVariant } from '../gazetteer/arabic-clitics';
import { getStore as getGazetteer } from '../gazetteer/gazetteer-store';
import { offsetOfKeyIndex, type Token } from '../gazetteer/tokenize';
import type { ActorStore } from './actor-store';
import type { ActorMention, ActorRef } from './actor.types';

/** Per-text person memory: after "Governor Babagana Zulum" or "وزير الخارجية عادل الجبير", a bare "Zulum" or
 * "الجبير" elsewhere in the same text is that person. Only surnames that look like one are remembered (Arabic: an
 * ال family name or nisba, or a 5+ letter word that is not a given name; English: a capitalised word of 3+ letters),
 * and a bare English surname next to another capitalised word is someone else's name. */
export function rememberPeople(
  text: string,
  tokens: Token[],
  vars: KeyVariant[][],
  found: ActorMention[],
  store: ActorStore,
): ActorMention[] {
  const memory = new Map<string, ActorRef>();
  const families = new Map<string, ActorRef>();
  let k = 0;
  const gazetteer = getGazetteer();
  for (const m of found) {
    if (m.actor.kind !== 'person') continue;
    while (k < tokens.length && tokens[k].end < m.end) k++;
    const last = tokens[k];
    if (!last || last.end !== m.end || last.start <= m.start) continue;
    // Only full names are remembered: two name words or more (a dictionary person, or an Arabic name that starts
    // with a common given name), so that a title + noun phrase misread as a name (قائد جيش الحكومة) is not.
    const nameKeys = m.actor.id.startsWith('person:') ? m.actor.id.slice(7).split(' ') : [];
    const dictionary = store.byId.get(m.actor.id) === m.actor;
    if (nameKeys.length < 2) continue;
    if (last.arabic && !dictionary && !store.firstNames.has(nameKeys[0])) continue;
    const key = last.key;
    // "عبد العزيز آل الشيخ": a family named with آل is remembered as the pair ("وأضاف آل الشيخ").
    const family = tokens[k - 1];
    if (last.arabic && family && family.key === 'ال' && family.start > m.start && key.length >= 3) {
      const seenFamily = families.get(key);
      families.set(key, seenFamily && seenFamily.id !== m.actor.id ? { ...seenFamily, id: '' } : m.actor);
      continue;
    }
    // A surname that is also a place or an organisation (مفتي القدس, الحكومة) is not remembered.
    if (gazetteer.byKey.has(key) || (store.actors.byKey.has(key) && store.actors.byKey.get(key) !== m.actor)) continue;
    // A dictionary person's four-letter surname is his too (عبدربه منصور هادي ... "وأكد هادي", "ووجه هادي").
    const shortest = dictionary ? 4 : 5;
    const surname = last.arabic
      ? (key.startsWith('ال') && key.length >= 5) || (key.length >= shortest && !store.firstNames.has(key))
      : last.cap && key.length >= 3 && !store.gentilics.has(key);
    if (!surname || store.nameStop.has(key) || store.titles.byKey.has(key)) continue;
    const seen = memory.get(key);
    if (seen && seen.id !== m.actor.id)
      memory.set(key, { ...seen, id: '' }); // two people share it: forget it
    else memory.set(key, m.actor);
  }
  for (const [key, ref] of memory) if (!ref.id) memory.delete(key);
  for (const [key, ref] of families) if (!ref.id) families.delete(key);
  if (memory.size === 0 && families.size === 0) return found;
  const out: ActorMention[] = [];
  let f = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (f < found.length && found[f].end <= t.start) out.push(found[f++]);
    if (f < found.length && found[f].start < t.end) continue; // inside a mention
    let ref: ActorRef | undefined;
    let skip = 0;
    const next = tokens[i + 1];
    const nextFree = !(f < found.length && next && found[f].start < next.end);
    if (t.arabic && next && nextFree && families.has(next.key) && vars[i].some((v) => v.key === 'ال' && v.skip <= 1)) {
      ref = families.get(next.key)!;
      const from = t.key === 'ال' ? t.start : offsetOfKeyIndex(text, t, 1);
      out.push({ start: from, end: next.end, surface: text.slice(from, next.end), actor: ref });
      i++;
      continue;
    }
    if (t.arabic) {
      for (const v of vars[i])
        if ((v.skip === 0 || (v.skip === 1 && t.key[0] === 'و')) && memory.has(v.key)) {
          ref = memory.get(v.key);
          skip = v.skip;
          break;
        }
    } else if (t.cap && !t.upper) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const capNear = (x: Token | undefined, a: Token, b: Token): boolean =>
        x !== undefined && !x.arabic && x.cap && b.start - a.end <= 1;
      if (
        !(prev && capNear(prev, prev, t) && !/[.!?\n]\s*$/.test(text.slice(0, prev.start))) &&
        !capNear(next, t, next ?? t)
      )
        ref = memory.get(t.key);
    }
    if (!ref) continue;
    const start = skip ? offsetOfKeyIndex(text, t, skip) : t.start;
    out.push({ start, end: t.end, surface: text.slice(start, t.end), actor: ref });
  }
  while (f < found.length) out.push(found[f++]);
  return out;
}
