// منذ after the adjective of a noun set apart from the trigger by a preposition says how long that noun has been so.
import { tokenize } from '../text/tokenize';
import { backgroundCue } from './background-cues';

const cueAt = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  return backgroundCue(tokens, at, { first: 0, end: tokens.length }, 0, 2015);
};

describe('منذ qualifying a later noun', () => {
  it('does not date the trigger back by how long its partner has ruled or a town has been besieged', () => {
    expect(cueAt('بدأ حزب الشعب الجمهوري هذا الأسبوع مفاوضات مع الحزب الحاكم منذ 2002.', 'مفاوضات')).toBeNull();
    expect(cueAt('شنت الطائرات غارات على المدينة المحاصرة منذ عامين.', 'غارات')).toBeNull();
  });
  it('still dates back the trigger itself', () => {
    expect(cueAt('وأجرى الحزب مفاوضات مع الحكومة منذ 2002.', 'مفاوضات')).toBe('past:منذ 2002');
    expect(cueAt('وتواصلت الاشتباكات العنيفة المتواصلة منذ 2013 في المدينة.', 'الاشتباكات')).toBe('past:منذ 2013');
  });
});
