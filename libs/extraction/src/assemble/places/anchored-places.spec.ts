import { findPlaces } from '../../gazetteer';
import { tokenize } from '../../text/tokenize';
import { anchorPlaces } from './anchored-places';
import { mapMentions } from '../map-spans';

const placesOf = (text: string) => {
  const tokens = tokenize(text);
  const { places } = mapMentions(tokens, findPlaces(text, { language: 'ar' }), []);
  return anchorPlaces(tokens, places).map((p) => [p.surface, p.value.name, p.value.country]);
};

describe('anchorPlaces', () => {
  it('re-points a far reading of a place said to lie next to another', () => {
    // GeoNames' الكرامة is a Jordanian town; this one lies by al-Arish ("بحي الكرامة" is dropped earlier: a
    // neighbourhood named after a town is no town, gazetteer/neighbourhood-names.ts).
    const out = placesOf('وقع انفجار في منطقة الكرامة جنوب العريش');
    expect(out[0][0]).toBe('الكرامة');
    expect(out[0][2]).toBe('EG');
    expect(out[0][1]).toBe(out[1][1]);
  });

  it('keeps a place that does lie near its anchor', () => {
    const out = placesOf('قتل شاب في قرية برقين غرب جنين');
    expect(out[0][1]).not.toBe(out[1][1]);
    expect(out[0][2]).toBe('PS');
  });

  it('keeps a town a compass phrase locates by a city more than a suburb away', () => {
    // Marib lies some 120 km north-east of Sanaa.
    const out = placesOf('هاجم مسلحون مواقع في مأرب شمال شرق صنعاء');
    expect(out[0][1]).toBe('Marib');
    expect(out[1][1]).toBe('Sanaa');
  });
});

describe('anchorPlaces: containers', () => {
  it('re-points a village read as a far namesake at the area that contains it', () => {
    // GeoNames knows no Syrian الطيبة; its namesakes lie in Israel, Jordan and the West Bank.
    const out = placesOf('جددت قوات النظام قصفها لمناطق في بلدة الطيبة بالغوطة الغربية');
    expect(out[0][0]).toBe('الطيبة');
    expect(out[0][2]).toBe('SY');
  });

  it('keeps a town that lies inside its container', () => {
    const out = placesOf('قصفت الطائرات مدينة سراقب بريف إدلب');
    expect(out[0][1]).not.toBe(out[1][1]);
  });
});
