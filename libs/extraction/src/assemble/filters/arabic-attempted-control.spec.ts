// Control that a side only tries to take is no seizure; control taken, and attacks only attempted, stay events.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic control only attempted', () => {
  it('reads trying to impose or take control as an aim, not a seizure', () => {
    expect(types('وتدور معارك بين المقاومة والمسلحين الذين يحاولون فرض سيطرتهم على المدينة.')).not.toContain('COERCE');
    expect(types('وتقدمت اللجان في لحج التي تحاول السيطرة على القاعدة الجوية.')).not.toContain('COERCE');
  });
  it('keeps control that was taken', () => {
    expect(types('وسيطر المسلحون على المدينة بعد معارك عنيفة أمس.')).toContain('COERCE');
  });
  it('keeps an attempted attack as an attack', () => {
    expect(types('وحاصر الجيش مجموعة مسلحة حاولت مهاجمة ثكنة عسكرية ليلة السبت.')).toContain('ASSAULT');
  });
});
