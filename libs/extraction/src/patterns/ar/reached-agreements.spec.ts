// "تم الاتفاق على …": an agreement reached, told with تم + masdar rather than a finite verb; "ما تم الاتفاق عليه"
// only recalls an earlier deal.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const readings = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode}`);
};

describe('Arabic agreements reached with تم الاتفاق', () => {
  it.each([
    'وتم الاتفاق على تشكيل لجنة مشتركة بين البلدين.',
    'فقد تم الاتفاق خلال المباحثات على أهمية التنسيق.',
    'وتم خلال اللقاء الاتفاق على إطلاق مسابقة مشتركة.',
    'وجرى الاتفاق بين الجانبين على تبادل الأسرى.',
    'وأسفر الاجتماع عن الاتفاق على إقرار القوة العربية المشتركة.',
  ])('%s → AGREE/agree', (text) => {
    expect(readings(text)).toContain('AGREE/agree');
  });

  it.each([
    'كل ما تم الاتفاق عليه الأسبوع الماضي هو أن تبدأ المفاوضات.',
    'وفرضت الزيادات الضريبية التي تم الاتفاق عليها ضمن شروط الإنقاذ.',
    'وينص الاتفاق على التوقف الفوري عن القتال.',
  ])('%s → no agreement', (text) => {
    expect(readings(text)).not.toContain('AGREE/agree');
  });
});
