// placeStartsAt (gazetteer-store.ts) memoises on a word's first reading whether any of its clitic readings opens a
// place name; matchPlaces skips the other words on that flag. It must answer what the readings' own facts say.
import { normalizeKey } from '@marsad/contracts';
import { cliticVariants } from './arabic-clitics';
import { getStore, placeFacts, placeStartsAt } from './gazetteer-store';

const readings = (word: string) => cliticVariants(normalizeKey(word));
const plain = (word: string) => readings(word).some((v) => placeFacts(v, getStore()).maxTokens > 0);

describe('placeStartsAt', () => {
  const words = ['حلب', 'وبحلب', 'والرقة', 'كتاب', 'الطلاب', 'قال', 'Aleppo', 'yesterday', 'دير'];

  it('answers what the plain walk over the readings answers', () => {
    for (const w of words) expect([w, placeStartsAt(readings(w), getStore())]).toEqual([w, plain(w)]);
  });

  it('answers the same when asked again (from the memo)', () => {
    for (const w of words) expect(placeStartsAt(readings(w), getStore())).toBe(plain(w));
  });

  it('sees a name behind a proclitic and none in a common word', () => {
    expect(placeStartsAt(readings('وبحلب'), getStore())).toBe(true);
    expect(placeStartsAt(readings('كتاب'), getStore())).toBe(false);
  });
});
