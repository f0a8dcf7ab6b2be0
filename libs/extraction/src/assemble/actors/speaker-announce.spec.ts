// أعلن / أكد / أفاد name the source of a material event, unless an armed actor announces its own act, or the
// authority that made an arrest announces it.
import { FAKE_RESOURCES } from '../../extractor/fake-resources';
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ resources: FAKE_RESOURCES, minConfidence: 0 });
const actorOf = (body: string, type: string) =>
  ex.extract({ id: 't', body, language: 'ar', publishedAt: '2016-12-05T10:00:00Z' }).find((e) => e.type === type)?.actor
    ?.name ?? null;

describe('announcing speakers', () => {
  it('does not credit a civilian source that announces a strike with the strike', () => {
    expect(actorOf('أعلن الهلال الأحمر قصف حي في حلب.', 'ASSAULT')).not.toBe('Red Crescent');
    expect(actorOf('أكدت الأمم المتحدة قصف مستشفى في حلب.', 'ASSAULT')).not.toBe('United Nations');
  });
  it('keeps an armed actor announcing its own act as the doer', () => {
    expect(actorOf('أعلن الجيش قصف مواقع في حلب.', 'ASSAULT')).toBe('Syrian army');
  });
  it('keeps an authority announcing an arrest as the doer', () => {
    expect(actorOf('أعلنت وزارة الدفاع اعتقال خمسة أشخاص في حلب.', 'COERCE')).toBe('Ministry of Defence');
  });
});
