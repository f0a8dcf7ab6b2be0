import { atATimeWhen } from './at-a-time-when';
import { tokenize } from './tokenize';

const at = (text: string, word: string): boolean => {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.surface === word);
  expect(i).toBeGreaterThan(0);
  return atATimeWhen(tokens, i);
};

describe('atATimeWhen', () => {
  it.each([
    ['قتل جنديان في وقت أقدمت الجبهة على قصف البلدة', 'وقت'],
    ['وفي وقت شن طيران التحالف غارات على صنعاء', 'وقت'],
    ['في الوقت الذي قتل فيه ثلاثة مدنيين', 'الوقت'],
  ])('reads "%s" as "at a time when"', (text, word) => expect(at(text, word)).toBe(true));

  it.each([
    ['وصلت القوات في وقت لاحق إلى البلدة', 'وقت'],
    ['أنجز العمل في وقت قياسي', 'وقت'],
    ['انتهى الاجتماع في وقت متأخر من الليل', 'وقت'],
    ['في الوقت نفسه أعلنت الوزارة', 'الوقت'],
    ['حدد وقت الاجتماع', 'وقت'],
  ])('reads "%s" as a plain time', (text, word) => expect(at(text, word)).toBe(false));
});
