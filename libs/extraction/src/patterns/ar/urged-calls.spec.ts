// حض (urged), the formal twin of حث, reads as REQUEST in the past; the masdar after a preposition does not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const requests = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).filter((m) => m.spec.type === 'REQUEST').length;
};

describe('Arabic urging with حض', () => {
  it.each([
    'حض الاتحاد الأفريقي الطرفين على العودة إلى المفاوضات.',
    'وحضت واشنطن أنقرة على ضبط النفس.',
    'وقال المبعوث إنه حض الفصائل على قبول الهدنة.',
  ])('%s', (text) => {
    expect(requests(text)).toBeGreaterThan(0);
  });

  it.each(['وتتضمن الخطبة كثيرا من حض على الصبر.', 'تحدث الكاتب عن الحض على العمل.'])('%s', (text) => {
    expect(requests(text)).toBe(0);
  });
});
