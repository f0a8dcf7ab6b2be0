// A hospital city the wounded are flown to is neither the scene nor the setting the next sentence inherits.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, type: string): (string | undefined)[] =>
  ex
    .extract({ id: 't', language: 'en', body })
    .filter((e) => e.type === type)
    .map((e) => e.location?.name ?? e.location?.country ?? undefined);

describe('places of medical care', () => {
  it('does not hand a hospital city abroad to the next sentence as the place of a battle', () => {
    const body =
      'KABUL, Afghanistan — A roadside bomb hit a police truck in Kandahar on Monday, wounding nine officers. ' +
      'The four most badly hurt were later taken to hospital for treatment in Islamabad. ' +
      'Officials said 12 insurgents had been killed in clashes around the village of Sangin Bazar.';
    expect(placesOf(body, 'ASSAULT')).not.toContain('Islamabad');
  });

  it('does not place an attack where its wounded were later treated', () => {
    const body =
      'Gunmen attacked a bus carrying pilgrims, killing six people, and the injured were treated at a hospital in Amman.';
    expect(placesOf(body, 'ASSAULT')).not.toContain('Amman');
  });
});

describe('places the wounded are sent to for care', () => {
  it('does not place an air ambulance at the city it flew the wounded to for treatment', () => {
    const body =
      'A car bomb hit a police station in Mogadishu on Saturday, killing seven people. ' +
      'Turkey sent an air ambulance that flew eight of the most seriously wounded to Ankara for treatment.';
    expect(placesOf(body, 'AID')).not.toContain('Ankara');
  });
});

describe('Arabic hospitals the casualties are taken to', () => {
  const arabic = (body: string): (string | undefined)[] =>
    ex
      .extract({ id: 't', language: 'ar', body })
      .filter((e) => e.type === 'ASSAULT')
      .map((e) => e.location?.name ?? e.location?.country ?? undefined);

  it('does not hand the hospital city to the next sentence as the place of a strike', () => {
    const body =
      'قتل 12 مدنيا في غارات على بلدة القبيطة. وقال مسعفون إن الجرحى يتم نقلهم إلى مستشفيات في مدينة عدن. ' +
      'وأضاف المسعفون أن الطائرات قصفت أيضا معسكرا للجيش.';
    const places = arabic(body);
    expect(places.length).toBeGreaterThan(0);
    expect(places).not.toContain('Aden');
  });
});
