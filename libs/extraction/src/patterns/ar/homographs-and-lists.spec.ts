// Words that are another word's homograph (senses-civic.ts, trigger-senses.ts homographs and listNot): each case
// has a control sentence in which the same word still triggers the event.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic homographs', () => {
  it('reads ودعت (bade farewell) as no call when nothing is called for', () => {
    expect(typesOf('وقالت الإدارة إن المستشفى ودعت بكل ترحيب عشرين مريضا بعد شفائهم.')).not.toContain('REQUEST');
    expect(typesOf('ودعت النقابة الحكومة إلى فتح تحقيق.')).toContain('REQUEST');
    expect(typesOf('ودعت الرابطة جميع الأطراف لتغليب لغة الحوار.')).toContain('REQUEST');
    expect(typesOf('وكان الأهالي قد ودعوا الضيوف لدى مغادرتهم القرية.')).not.toContain('REQUEST');
  });
  it('reads هاتفه in a list of belongings as his phone', () => {
    expect(typesOf('وفحصت الشرطة حاسوب المتهم وهاتفه وحساباته على الإنترنت.')).not.toContain('CONSULT');
    expect(typesOf('وهاتفه الرئيس مساء أمس وبحثا الأوضاع.')).toContain('CONSULT');
  });
  it('reads دان after a verb of describing or before a surname particle as the name Dan', () => {
    expect(typesOf('ووصف دان دي فريس الخطوة بأنها مفاجئة.')).not.toContain('ACCUSE');
    expect(typesOf('وكتب الصحفي دان سميث أن الحكومة أخطأت.')).not.toContain('ACCUSE');
    expect(typesOf('ودان الوزير الاعتداء على السفارة.')).toContain('ACCUSE');
  });
  it('reads a city receiving aid or an office receiving applications as no meeting', () => {
    expect(typesOf('وأصبحت المدينة تستقبل بانتظام المساعدات الطبية.')).not.toContain('CONSULT');
    expect(typesOf('وتستقبل الوزارة طلبات المتقدمين حتى نهاية الشهر.')).not.toContain('CONSULT');
    expect(typesOf('واستقبل الرئيس وزير الخارجية في قصره.')).toContain('CONSULT');
  });
});
