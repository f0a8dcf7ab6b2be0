// Office orders, unmade charges, prices and travel advisories (senses-office-orders.ts, senses-unmade-charges.ts,
// the praise rule of senses-civic.ts and the warning rule of senses.ts): each case has a control sentence in which
// the same word still triggers the event.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic office orders', () => {
  it('reads a ministry instructing its own branches as administration, not a request', () => {
    expect(typesOf('وطالبت الوزارة إدارات التعليم بالمناطق بإنهاء إجراءات طلبات التقاعد.')).not.toContain('REQUEST');
    expect(typesOf('وطالبت وزارة الصحة من مديرياتها بأخذ تعهد رسمي.')).not.toContain('REQUEST');
    expect(typesOf('وطالبت الحكومة اليمنية الأمم المتحدة بالضغط على الحوثيين.')).toContain('REQUEST');
  });
});

describe('Arabic unmade charges', () => {
  it('reads an accusing verb right after a negator as no charge', () => {
    expect(typesOf('من جانبها، لم تتهم وزارة الداخلية في غزة أي طرف.')).not.toContain('ACCUSE');
    expect(typesOf('ولم يتهم بلاتر بارتكاب أي مخالفات.')).not.toContain('ACCUSE');
    expect(typesOf('واتهمت وزارة الداخلية في غزة عناصر تخريبية بالتفجير.')).toContain('ACCUSE');
    expect(typesOf('كما اتهموا القوات الأوكرانية بإطلاق نيران الأسلحة الثقيلة.')).toContain('ACCUSE');
    expect(typesOf('أما وزير الخارجية الأوكراني فاتهم روسيا مباشرة بالضلوع في الحادث.')).toContain('ACCUSE');
  });
});

describe('Arabic prices and advisories', () => {
  it('reads ثمن as a price, not as commending', () => {
    expect(typesOf('وأوضح أن حكومة روحاني حاولت تقليل ثمن تلك الأعمال.')).not.toContain('SUPPORT');
    expect(typesOf('ويحاول عرقلة الاتفاق بأي ثمن.')).not.toContain('SUPPORT');
    expect(typesOf('وباع المنزل بثمن زهيد.')).not.toContain('SUPPORT');
    expect(typesOf('وثمن الشيخ محمد بن زايد دور خادم الحرمين الشريفين في قيادة التحالف.')).toContain('SUPPORT');
  });
  it('reads a travel advisory as no threat', () => {
    expect(
      typesOf('وحذر مواطني الولايات المتحدة الأميركية، والأميركيين من أصول إيرانية من السفر إلى إيران.'),
    ).not.toContain('THREATEN');
    expect(typesOf('وحذر الرئيس الحوثيين من مواصلة الهجمات على المدنيين.')).toContain('THREATEN');
  });
});
