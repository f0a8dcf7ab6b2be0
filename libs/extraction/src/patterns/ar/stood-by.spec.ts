// Standing by someone, affirmed or renewed by a finite verb or its participle, reads as SUPPORT; looking into needs,
// parking and calls for unity do not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const support = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).filter((m) => m.spec.type === 'SUPPORT').length;
};

describe('Arabic standing by someone', () => {
  it.each([
    'أدانت الوزارة التفجير، مؤكدة وقوف بلادها مع الدولة الشقيقة.',
    'ودان المتحدث الهجوم مؤكدا وقوف الحكومة إلى جانب الشعب التونسي.',
    'وجدد الرئيس وقوف بلاده مع الأردن في حربه على الإرهاب.',
    'وشجب البرلمان العملية، مجددا وقوفه إلى جانب الكويت.',
  ])('%s', (text) => {
    expect(support(text)).toBeGreaterThan(0);
  });

  it.each([
    'أكد المحافظ الوقوف على احتياجات سكان القرى.',
    'أكدت البلدية منع وقوف السيارات أمام المدارس.',
    'وقال الخطيب مؤكدا أهمية الوقوف صفا واحدا في وجه الفتن.',
  ])('%s', (text) => {
    expect(support(text)).toBe(0);
  });
});
