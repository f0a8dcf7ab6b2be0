// Arabic nisba adjectives the country table does not list: "الشرطة النيبالية", "الجيش الكرواتي". Only about 80
// countries carry curated gentilics; for the rest the adjective is the country's name with ي / ية (نيبال → نيبالي,
// السودان → السوداني, كرواتيا → الكرواتي, كندا → الكندي), so a definite adjective after a definite institution head
// is read back to the state whose name it is built on.
import type { ActorStore } from './actor-store';

/** A country whose name itself ends in ي (مالي, بوروندي) has a gentilic equal to ordinary nisba words ("الشرطة
 * المالية" is the financial police): only names that gain the ending are read. */
function stemOf(key: string): string | null {
  if (!key.startsWith('ال') || key.length < 6) return null;
  const bare = key.slice(2);
  if (bare.endsWith('يه')) return bare.slice(0, -2);
  if (bare.endsWith('ي')) return bare.slice(0, -1);
  return null;
}

/** The country code of a definite nisba adjective built on a state's name (النيبالية → NP), else undefined. Names
 * are tried as the stem, with the article (السودان), with a final ا (كندا) and with يا (كرواتيا). */
export function derivedGentilic(key: string, store: ActorStore): string | undefined {
  const stem = stemOf(key);
  if (!stem || stem.length < 3) return undefined;
  for (const name of [stem, 'ال' + stem, stem + 'ا', stem + 'يا']) {
    const ref = store.actors.byKey.get(name);
    if (ref?.kind === 'state' && ref.country) return ref.country;
  }
  return undefined;
}
