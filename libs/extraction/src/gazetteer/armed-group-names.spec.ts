// "the Radaa armed group" in Libyan news: a name heading an armed group is the group's name, not the Yemeni town
// Rada'a, when the text never names Yemen; the town stays where its country is named.
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text, { language: 'en' }).map((m) => m.place.name);

describe('a foreign namesake heading an armed group', () => {
  it('drops the town read in the name of a group in news about another country', () => {
    const text =
      "Heavy fighting between forces loyal to Libya's Tripoli-based government and the Radaa armed group shook Tripoli.";
    expect(names(text).some((n) => /^Rada/.test(n))).toBe(false);
    expect(names(text)).toContain('Tripoli');
  });

  it('also behind a glossed name in brackets', () => {
    const text = 'Fighting spread in Tripoli between Libyan government brigades and the Radaa (Deterrence) force.';
    expect(names(text).some((n) => /^Rada/.test(n))).toBe(false);
  });

  it('keeps the town when its own country is named', () => {
    const text = 'Houthi forces and tribal fighters clashed near Radaa in central Yemen on Sunday.';
    expect(names(text).some((n) => /^Rada/.test(n))).toBe(true);
  });
  it('also before a capitalised name of the force', () => {
    const text = 'Fighters from the Radaa Deterrence Force and the 444 Brigade clashed in the Libyan capital Tripoli.';
    expect(names(text).some((n) => /^Rada/.test(n))).toBe(false);
  });

  it('drops the bare mentions of a name the text uses for a group', () => {
    const text =
      'Fighters from the Radaa Deterrence Force and the 444 Brigade clashed in the Libyan capital Tripoli. The interior ministry ' +
      'blamed Radaa for the fighting. Radaa rejected the accusation.';
    expect(names(text).some((n) => /^Rada/.test(n))).toBe(false);
  });
});
