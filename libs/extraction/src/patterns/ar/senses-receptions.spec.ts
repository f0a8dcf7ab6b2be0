// Receptions (senses-receptions.ts and the masdar استقبال in senses.ts): an airport taking in flights is no meeting;
// each case has a control sentence in which the same word still triggers CONSULT.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic receptions', () => {
  it('reads an airport receiving planes and flights as traffic, not a meeting', () => {
    expect(typesOf('واستقبل مطار عدن الدولي أول طائرة عسكرية سعودية محملة بالمساعدات.')).not.toContain('CONSULT');
    expect(typesOf('وقد استقبل المطار عشرات الرحلات خلال الفترة الماضية.')).not.toContain('CONSULT');
    expect(typesOf('وأعلن الوزير أن مطارات مصر استقبلت خلال الساعات الماضية 100 ألف راكب.')).not.toContain('CONSULT');
    expect(typesOf('وقال إن المطار أصبح آمنا ويمكنه الآن استقبال الرحلات المدنية.')).not.toContain('CONSULT');
    expect(typesOf('وبعد تحرير عدن واستقبالها طائرات إغاثة، حطت طائرة مدنية.')).not.toContain('CONSULT');
  });
  it('reads news received by a people or a public as a reaction, not a meeting', () => {
    expect(typesOf('استقبل اليونانيون نبأ اتفاق أثينا مع دائنيها اليوم الاثنين بشيء من الارتياح.')).not.toContain(
      'CONSULT',
    );
    expect(typesOf('استقبل الوسط الرياضي خبر موافقة الوزير على تأسيس جمعية.')).not.toContain('CONSULT');
    expect(typesOf('وأكد أن الوسط الفني بأكمله استقبل خبر رحيلها بمثابة الصاعقة.')).not.toContain('CONSULT');
  });
  it('still reads a host receiving the head of a news agency, or a guest in Al Khobar, as a meeting', () => {
    expect(typesOf('استقبل الأمير رئيس وكالة الأنباء السعودية في مكتبه.')).toContain('CONSULT');
    expect(typesOf('استقبل أمير المنطقة الشرقية في الخبر وفدا من رجال الأعمال.')).toContain('CONSULT');
  });
  it('still reads a host meeting a guest at the airport as a meeting', () => {
    expect(typesOf('واستقبل ولي العهد الرئيس اليمني في مطار الملك خالد الدولي.')).toContain('CONSULT');
    expect(typesOf('وفي المطار استقبل الأمير الرئيس اليمني.')).toContain('CONSULT');
    expect(typesOf('وكان في استقبال الرئيس لدى وصوله إلى المطار أمير منطقة الرياض.')).toContain('CONSULT');
  });
});
