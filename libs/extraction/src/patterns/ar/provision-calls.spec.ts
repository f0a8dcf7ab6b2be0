// A plan, report or accord right after a call verb ("طالبت الخطة الخمسية برفع", "ودعا التقرير الشركات إلى", "كما
// يطالب الاتفاق") tells what a text provides for or recommends: no REQUEST. A statement or a resolution (البيان,
// القرار) is a party's voice and still calls.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const requests = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).filter((m) => m.spec.type === 'REQUEST').length;
};

describe('Arabic calls of a plan, report or accord', () => {
  it.each([
    'وقالت المنظمة إن كلا الجانبين لم يسحب المدفعية الثقيلة من خط المواجهة كما يطالب الاتفاق.',
    'وفي محور استيعاب رأس المال طالبت الخطة الخمسية الجديدة بوضع استراتيجية وطنية للاستثمار.',
    'ودعا التقرير الشركات إلى الانتباه إلى تطور العلاقة بين المنتج والعميل.',
    'وتدعو الوثيقة إلى تنفيذ بيان جنيف بكامل بنوده.',
  ])('reads no demand in: %s', (text) => {
    expect(requests(text)).toBe(0);
  });

  it.each([
    'ودعا البيان الحكومة التركية وحزب العمال الكردستاني إلى وقف القتال.',
    'يطالب القرار الحكومة السورية وجميع الأطراف بالتعاون مع المحققين.',
    'وطالبت الحكومة الأطراف بالتقيد بالاتفاق.',
  ])('still reads a demand in: %s', (text) => {
    expect(requests(text)).toBeGreaterThan(0);
  });
});
