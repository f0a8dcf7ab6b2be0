// A place a distance is measured from is not the scene when the place it locates is named; alone, it stays.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, language: string) =>
  rules
    .extract({ id: 't', body, language })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.location?.name);

describe('distance references', () => {
  it('prefers the place a distance locates over the one it is measured from', () => {
    expect(
      placesOf('وأوضح الخيالي من سبها الواقعة على مسافة 700 كيلومتر جنوبي طرابلس، قتل حوالي 29 فردا من الطوارق.', 'ar'),
    ).toEqual(['Sabha']);
  });

  it('keeps the reference when it is the only place named', () => {
    expect(placesOf('Gunmen killed 12 people in a village 40 km north of Mosul on Sunday, police said.', 'en')).toEqual(
      ['Mosul'],
    );
  });
});
