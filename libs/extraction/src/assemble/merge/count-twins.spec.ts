import { RuleExtractor } from '../../extractor/rule-extractor';
import { nestedPlaces } from './count-twins';
import type { PlaceLike } from '../assemble.types';

const ex = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string) => ex.extract({ id: 'w', body, language: 'ar' }).filter((e) => e.type === 'ASSAULT');

describe('a count-less twin of a counted happening', () => {
  it('folds into the counted happening in a town of its province', () => {
    const body =
      'قتل ثلاثة أشخاص في انفجار عبوة ناسفة في مدينة أبها. ' + 'وقالت الشرطة إن الانفجار وقع في منطقة عسير مساء أمس.';
    const found = assaults(body);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toBe(3);
    expect(found[0].location?.name).toBe('Abha');
  });

  it('folds into the counted happening at its place', () => {
    const body =
      'قال الجيش الأوكراني امس الاثنين إن أربعة جنود قتلوا وأصيب 15 في قتال مع متمردين موالين لروسيا في شرق أوكرانيا قرب دونيتسك. ' +
      'وأضاف المتحدث العسكري أن القتال مستمر في دونيتسك مع استخدام نيران الدبابات والمدفعية أحيانا.';
    const found = assaults(body);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toBe(4);
  });

  it('stays apart when the counted one is told as another matter', () => {
    const body =
      'قال الجيش الأوكراني إن القتال مستمر في دونيتسك مع استخدام نيران الدبابات والمدفعية. ' +
      'من ناحية أخرى، قتل أربعة جنود إثر سقوط قذيفة في دونيتسك.';
    expect(assaults(body)).toHaveLength(2);
  });
});

describe('nestedPlaces', () => {
  const place = (id: string, kind: string, admin1: string | null): PlaceLike =>
    ({ id, name: id, kind, admin1, country: 'YE', lat: 0, lon: 0 }) as unknown as PlaceLike;
  it('holds a town inside its province, not a town of another province', () => {
    expect(nestedPlaces(place('marib', 'admin1', 'YE.14'), place('sirwah', 'town', 'YE.14'))).toBe(true);
    expect(nestedPlaces(place('sirwah', 'town', 'YE.14'), place('marib', 'admin1', 'YE.14'))).toBe(true);
    expect(nestedPlaces(place('marib', 'admin1', 'YE.14'), place('aden', 'city', 'YE.02'))).toBe(false);
    expect(nestedPlaces(place('taiz', 'city', 'YE.25'), place('mocha', 'town', 'YE.25'))).toBe(false);
  });
  it('without admin1 codes, holds a town near the province point only', () => {
    const near = { ...place('town', 'town', null), lat: 0.2 } as PlaceLike;
    const far = { ...place('far', 'town', null), lat: 1 } as PlaceLike;
    expect(nestedPlaces(place('prov', 'admin1', null), near)).toBe(true);
    expect(nestedPlaces(place('prov', 'admin1', null), far)).toBe(false);
  });
});
