// What a speaker is asked about ("وعن استهداف ...، قال") is a happening looked back on; the remark itself stays.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const ofType = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'ar' }).filter((e) => e.type === type);

describe('the topic of a remark', () => {
  it('reads an attack named after a sentence-opening "وعن" as the topic, not news', () => {
    const expert =
      'وعن استهداف الجماعات الإرهابية باستخدام الأحزمة الناسفة الجامع التابع لمبنى قوات الطوارئ بالرياض في يوم ' +
      'جمعة، قال الخبير: «التنظيمات الإرهابية مبنية على فكر متطرف».';
    expect(ofType(expert, 'ASSAULT')).toHaveLength(0);
    expect(ofType('وعن اتهامه بخطف الأغاني قال إن الأمر مجرد إشاعات.', 'ACCUSE')).toHaveLength(0);
  });
  it('keeps an attack reported after the speaker', () => {
    const report = 'وعن الوضع الميداني، قال المتحدث إن طائرات التحالف شنت غارات على مواقع الحوثيين في صعدة.';
    expect(ofType(report, 'ASSAULT').length).toBeGreaterThan(0);
  });
});
