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
    ['Three ministers announced their resignations on Friday.', 'RETREAT'],
    ['The interior minister steps down after the collapse.', 'RETREAT'],
    ['The delegations met in Istanbul, agreeing to exchange 1,000 prisoners.', 'AGREE'],
    ['Hundreds of police officers searched 19 properties in Hamburg.', 'COERCE'],
    ['Israeli forces demolished seven homes in Masafer Yatta.', 'COERCE'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text, 'en')).toContain(type);
  });
});

describe('English meetings held', () => {
  it('reads "held a round of talks" as the act of meeting, not a bare talks noun', () => {
    const m = matchTriggers(
      tokenize('Negotiators held a fresh round of indirect talks in Muscat.'),
      triggerIndex('en')!,
    );
    expect(m.map((x) => [x.spec.type, x.spec.voice])).toEqual([['CONSULT', 'verb']]);
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
