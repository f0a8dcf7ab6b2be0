// Aircraft, tanks and missiles a state hands over read as military AID; handing over a suspect, a building or
// fighters' own weapons does not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const aid = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).filter((m) => m.spec.type === 'AID').length;
};

describe('Arabic war machines handed over', () => {
  it.each([
    'سلمت الولايات المتحدة الجيش العراقي أربع طائرات مقاتلة أمس.',
    'وسلمت الشركة الفرنسية الدفعة الأولى من طائرات النقل إلى القوات الجوية.',
    'ستسلم موسكو القاهرة منظومة صواريخ للدفاع الجوي هذا الشهر.',
    'سلمت بريطانيا الجيش الأردني عشرين مدرعات حديثة.',
  ])('%s', (text) => {
    expect(aid(text)).toBeGreaterThan(0);
  });

  it.each([
    'سلمت الشرطة المتهم إلى النيابة العامة.',
    'سلم المسلحون أسلحتهم إلى الجيش.',
    'سلمت البلدية المبنى الجديد إلى وزارة التعليم.',
  ])('%s', (text) => {
    expect(aid(text)).toBe(0);
  });
});
