// Thanks for a stance or for support is SUPPORT; courtesy thanks and the surname شكر are not (thanks.patterns.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('Arabic thanks for a stance or support', () => {
  it('reads a minister expressing thanks, across a long subject, for a stance as support', () => {
    expect(
      typesOf('وأعرب وزير الخارجية الليبي محمد سالم باسم الحكومة والبرلمان عن الشكر العميق لتونس على مواقفها الثابتة.'),
    ).toContain('SUPPORT');
  });
  it('reads thanks addressed to states for their support as support', () => {
    expect(typesOf('ووجه الرئيس الشكر للدول المانحة على دعمها المتواصل لبلاده.')).toContain('SUPPORT');
    expect(typesOf('وشكر رئيس الوزراء الجزائر على موقفها من الأزمة.')).toContain('SUPPORT');
  });
  it('leaves courtesy thanks for trust or attendance alone', () => {
    expect(typesOf('وعبر المدير الجديد عن شكره وتقديره للقيادة على هذه الثقة الغالية.')).not.toContain('SUPPORT');
    expect(typesOf('وقدم رئيس النادي شكره للحضور على تلبية الدعوة.')).not.toContain('SUPPORT');
  });
  it('leaves the surname شكر without a stance alone', () => {
    expect(typesOf('وقال القيادي فؤاد شكر إن الوضع هادئ في المنطقة.')).not.toContain('SUPPORT');
  });
});
