// Web text carries invisible format characters inside words (the soft hyphen of HTML, direction marks and isolates,
// the byte-order mark): words are read as if they were not there, in the tokenizer and in the place finder alike.
import { RuleExtractor } from '../extractor/rule-extractor';
import { isIgnorable, isInvisibleFormat } from './normalize';

const MARKS = ['\u00ad', '\u061c', '\u200b', '\u200f', '\u202b', '\u2060', '\u2067', '\ufeff'];

describe('invisible format characters', () => {
  it('are ignorable, and letters, digits and spaces are not', () => {
    for (const m of MARKS) expect([isInvisibleFormat(m.charCodeAt(0)), isIgnorable(m)]).toEqual([true, true]);
    for (const ch of ['ب', 'a', '5', ' ', '-', '،']) expect(isIgnorable(ch)).toBe(false);
  });

  it('inside a place name or a trigger do not hide the event', () => {
    const extractor = new RuleExtractor();
    for (const m of MARKS) {
      const ar = `ق${m}تل خمسة أشخاص في غارة جوية على مدينة حل${m}ب أمس.`;
      const en = `Gunmen k${m}illed five people in an attack in Ka${m}bul on Monday, police said.`;
      const read = (body: string) =>
        extractor.extract({ id: 'x', body }).map((e) => [e.type, e.location?.name, e.killed]);
      expect(read(ar)).toEqual([['ASSAULT', 'Aleppo', 5]]);
      expect(read(en)).toEqual([['ASSAULT', 'Kabul', 5]]);
    }
  });
});
