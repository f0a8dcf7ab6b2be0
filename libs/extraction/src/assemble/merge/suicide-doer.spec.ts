// A state body is never the doer of a suicide attack: the army fought the bombers, the government reacted.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { stateBomber } from './suicide-doer';

const ex = new RuleExtractor({ minConfidence: 0 });
const suicideActors = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-23T10:00:00Z' })
    .filter((e) => e.mode === 'suicide-attack')
    .map((e) => e.actor?.kind ?? null);

describe('stateBomber', () => {
  it('does not make the army fighting the bombers, or the government that reacted, the suicide bomber', () => {
    const fought = suicideActors(
      'ويعد الجيش التشادي في مقدمة المشاركين في العملية العسكرية ضد جماعة «بوكو حرام». فجر انتحاري متنكر بزي امرأة نفسه أمس السبت مستهدفًا السوق المركزية في نجامينا، مما أسفر عن مقتل 14 شخصًا. وقصف الجيش التشادي مواقع الجماعة.',
    );
    const reacted = suicideActors(
      'وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة هجوم انتحاري نسب إلى تنظيم الدولة الإسلامية في سوروتش أوقع 32 قتيلا.',
    );
    expect(fought.length).toBeGreaterThan(0);
    expect(reacted.length).toBeGreaterThan(0);
    expect([...fought, ...reacted].filter((k) => k === 'military' || k === 'government')).toEqual([]);
  });
  it('holds only for suicide attacks and state bodies', () => {
    const army = { id: 'mil:IQ', name: 'Iraq military', kind: 'military', country: 'IQ' };
    expect(stateBomber(army, 'suicide-attack')).toBe(true);
    expect(stateBomber(army, 'aerial')).toBe(false);
    expect(
      stateBomber({ id: 'grp:isis', name: 'Islamic State', kind: 'armed_group', country: null }, 'suicide-attack'),
    ).toBe(false);
    expect(stateBomber(null, 'suicide-attack')).toBe(false);
  });
});
