// quietWord (quiet-words.ts) memoises per word whether matchAt's per-word checks all come up empty (no adjective
// actor, no "شرطة", no dictionary entry opening there). It must answer what the checks answer one by one, and a word
// flagged quiet must still yield only what a titled name gives.
import { normalizeKey } from '@marsad/contracts';
import { cliticVariants } from '../gazetteer/arabic-clitics';
import { getActorStore } from './actor-store';
import { findActors } from './index';
import { quietReadings, quietWord } from './quiet-words';

const readings = (word: string) => cliticVariants(normalizeKey(word));

describe('quietWord', () => {
  const words = ['كتاب', 'الطلاب', 'وزير', 'الجيش', 'حوثي', 'تركية', 'أمريكيتان', 'وشرطة', 'army', 'Syrian', 'book'];

  it('answers what the checks answer one by one, first time and from the memo', () => {
    const store = getActorStore();
    for (const w of words) expect([w, quietWord(readings(w), store)]).toEqual([w, quietReadings(readings(w), store)]);
    for (const w of words) expect([w, quietWord(readings(w), store)]).toEqual([w, quietReadings(readings(w), store)]);
  });

  it('flags common words quiet and actor words not', () => {
    const store = getActorStore();
    for (const w of ['كتاب', 'الطلاب', 'book']) expect([w, quietWord(readings(w), store)]).toEqual([w, true]);
    for (const w of ['وزير', 'الجيش', 'تركية', 'وشرطة']) expect([w, quietWord(readings(w), store)]).toEqual([w, false]);
  });

  it('leaves the actors of a sentence as they were', () => {
    const ids = findActors('وقالت شرطة جدة إن طائرة تركية قصفت مواقع الجيش قرب الحدود').map((m) => m.actor.id);
    expect(ids).toEqual(expect.arrayContaining(['police:SA']));
  });
});
