// Added wire phrasing (exercises, intelligence sharing, food deliveries, expelled diplomats) and Arabic figurative
// or name uses that must not fire (سيطر الملف، الحشد الشعبي، هتافات رافضة).
import { tokenize } from '../text/tokenize';
import { triggerIndex } from './lexicon';
import { matchTriggers } from './match-triggers';

const typesOf = (text: string, language: 'ar' | 'en') => {
  const index = triggerIndex(language);
  if (!index) throw new Error(`no lexicon for ${language}`);
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('English breadth', () => {
  it.each([
    ['The navy conducted large-scale exercises off the coast.', 'MOBILIZE'],
    ['The two services agreed to share intelligence on militants.', 'COOPERATE'],
    ['The agency delivered food parcels to 3,000 families.', 'AID'],
    ['Volunteers distributed food in the camp.', 'AID'],
    ['Cairo expelled the Qatari diplomat on Sunday.', 'SANCTION'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text, 'en')).toContain(type);
  });
});

describe('Arabic figurative and name uses', () => {
  it('does not read a dominating topic or mood as a seizure', () => {
    expect(typesOf('سيطر الملف النووي على أعمال القمة.', 'ar')).not.toContain('COERCE');
    expect(typesOf('سيطرت حالة من الترقب على الشارع.', 'ar')).not.toContain('COERCE');
    expect(typesOf('سيطرت القوات على المدينة بعد معارك.', 'ar')).toContain('COERCE');
  });
  it('does not read the Popular Mobilization name as a build-up', () => {
    expect(typesOf('تقاتل فصائل الحشد الشعبي في الأنبار.', 'ar')).not.toContain('MOBILIZE');
    expect(typesOf('وصل حشد عسكري كبير إلى الحدود.', 'ar')).toContain('MOBILIZE');
  });
  it('does not read an adjectival participle as a rejection', () => {
    expect(typesOf('ردد المشاركون هتافات رافضة للقرار.', 'ar')).not.toContain('REJECT');
  });
});
