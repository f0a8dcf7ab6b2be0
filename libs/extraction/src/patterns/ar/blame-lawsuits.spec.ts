// Laying the blame (ألقى باللوم على) and going to law (رفع دعوى, مقاضاة) are accusations.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const readings = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode}`);
};
const rules = new RuleExtractor({ minConfidence: 0 });

describe('Arabic blame and lawsuits', () => {
  it.each([
    ['ألقى الرئيس عبد الفتاح السيسي باللوم على الإخوان المسلمين.', 'ACCUSE/blame'],
    ['وأصدر بالمير بيانا ألقى فيه باللائمة على مرشديه.', 'ACCUSE/blame'],
    ['وتلقي الرياض باللوم على طهران في الفوضى.', 'ACCUSE/blame'],
    ['وقرر المواطن رفع دعوى قضائية ضد أمانة المنطقة.', 'ACCUSE/sue'],
    ['وأقامت الجمعية دعوى على حديقة الأسماك في ميامي.', 'ACCUSE/sue'],
    ['وطالبت اللجنة بمقاضاة الجناة المتسببين في التفجير.', 'ACCUSE/sue'],
  ])('%s → %s', (text, reading) => {
    expect(readings(text)).toContain(reading);
  });

  it('reads the blamer as the actor and the blamed as the target', () => {
    const [e] = rules
      .extract({ id: 't', body: 'ألقى الرئيس عبد الفتاح السيسي باللوم على الإخوان المسلمين.', language: 'ar' })
      .filter((x) => x.type === 'ACCUSE');
    expect(e?.actor?.name).toBe('Abdel Fattah el-Sisi');
    expect(e?.target?.name).toBe('Muslim Brotherhood');
  });

  it('leaves a thrown object and a filed paper alone', () => {
    expect(readings('ألقى المتظاهرون الحجارة على الشرطة.')).not.toContain('ACCUSE/blame');
    expect(readings('رفع المحتجون لافتات ضد الحكومة.')).not.toContain('ACCUSE/sue');
  });
});
