// Province codes read from GeoNames for curated places that carry none (curated-admin1.ts, gazetteer-store.ts).
import { codedByCountry, curatedAdmin1 } from './curated-admin1';
import { getStore, provinceCode } from './gazetteer-store';

const places = codedByCountry([
  { country: 'IQ', admin1: 'IQ.01', lat: 33.42, lon: 43.3 }, // Ramadi
  { country: 'IQ', admin1: 'IQ.07', lat: 33.34, lon: 44.4 }, // Baghdad
  { country: 'SY', admin1: 'SY.09', lat: 33.41, lon: 43.9 }, // a Syrian point, another country
]);
const seats = places;

describe('curatedAdmin1', () => {
  it('gives a town the code of the nearest GeoNames place of its country within 25 km', () => {
    expect(curatedAdmin1({ country: 'IQ', kind: 'town', lat: 33.4, lon: 43.4 }, places, seats)).toBe('IQ.01');
    expect(curatedAdmin1({ country: 'IQ', kind: 'town', lat: 33.4, lon: 43.9 }, places, seats)).toBeNull();
  });
  it("gives a province the code of its country's nearest seat within 200 km of its centre", () => {
    expect(curatedAdmin1({ country: 'IQ', kind: 'admin1', lat: 33.0, lon: 42.0 }, places, seats)).toBe('IQ.01');
    expect(curatedAdmin1({ country: 'IQ', kind: 'admin1', lat: 30.0, lon: 47.0 }, places, seats)).toBeNull();
  });
  it('gives regions and countries none', () => {
    expect(curatedAdmin1({ country: 'IQ', kind: 'region', lat: 33.4, lon: 43.4 }, places, seats)).toBeNull();
    expect(curatedAdmin1({ country: 'IQ', kind: 'country', lat: 33.4, lon: 43.4 }, places, seats)).toBeNull();
  });
});

describe('the store', () => {
  it('reads Anbar and al-Harariyat into one province without writing it into their admin1', () => {
    const anbar = getStore().byId.get('cur:anbar');
    const harariyat = getStore().byId.get('cur:harariyat');
    expect(anbar?.admin1).toBeNull();
    expect(provinceCode(anbar!)).toBe('IQ.01');
    expect(provinceCode(harariyat!)).toBe('IQ.01');
  });
});
