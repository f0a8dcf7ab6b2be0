// Two happenings in one sentence each keep the places of their own stretch (own-stretch.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';
import type { PlaceLike, Span } from '../assemble.types';
import { ownStretch } from './own-stretch';

const place = (name: string, first: number, country: string, kind: PlaceLike['kind'], lat = 0, lon = 0) =>
  ({
    first,
    end: first + 1,
    start: 0,
    stop: 0,
    surface: name,
    value: { id: name, name, nameAr: null, country, admin1: null, lat, lon, population: 0, kind, geonameId: null },
  }) as Span<PlaceLike>;

describe('ownStretch', () => {
  const iraq = place('Iraq', 5, 'IQ', 'country');
  const ankara = place('Ankara', 20, 'TR', 'city', 39.9, 32.8);

  it('leaves a place beyond another happening to that happening when the trigger has its own', () => {
    expect(ownStretch([iraq, ankara], { first: 2, end: 3 }, [{ first: 15, end: 16 }]).map((p) => p.value.name)).toEqual(
      ['Iraq'],
    );
  });

  it('keeps every place when the trigger has none of its own before the other happening', () => {
    expect(ownStretch([ankara], { first: 2, end: 3 }, [{ first: 15, end: 16 }])).toEqual([ankara]);
  });

  it('keeps a farther place inside the trigger’s own (the second clause sharpens the first)', () => {
    const westBank = place('West Bank', 5, 'PS', 'region', 31.9, 35.2);
    const beitUmmar = place('Beit Ummar', 20, 'PS', 'town', 31.62, 35.1);
    expect(ownStretch([westBank, beitUmmar], { first: 2, end: 3 }, [{ first: 15, end: 16 }])).toHaveLength(2);
  });
});

describe('place choice with two happenings in one sentence', () => {
  it('the airstrikes keep their own country, not the town of the attack told after them', () => {
    const ex = new RuleExtractor({ minConfidence: 0 });
    const places = ex
      .extract({
        id: 't',
        language: 'en',
        body: 'Turkey carried out airstrikes against militant targets in Iraq overnight, hours after an attack on a factory near Ankara killed five people.',
      })
      .filter((e) => e.type === 'ASSAULT')
      .map((e) => e.location?.name);
    expect(places).toContain('Iraq');
  });
});
