// Deployments told by their masdar, forces moved toward a front, weapons handed out and people forced to bear arms
// read as MOBILIZE; publishing, handing out food and moving a file do not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const mobilizations = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).filter((m) => m.spec.type === 'MOBILIZE').length;
};

describe('Arabic deployments and arming', () => {
  it.each([
    'وأعلنت المنظمة أمس نشر عسكريين ومراقبين في البلاد.',
    'بدأ الجيش أمس تحريك قوات إضافية باتجاه المدينة.',
    'صدرت الأوامر بتحريك المحور الثاني نحو الجبهة.',
    'جرى توزيع آلاف قطع الأسلحة الخفيفة على مقاتلين محليين.',
    'وزعت الحكومة السلاح على أبناء القرى.',
    'عمدت الجماعة إلى إلزام قصر على حمل السلاح.',
  ])('%s', (text) => {
    expect(mobilizations(text)).toBeGreaterThan(0);
  });

  it.each([
    'نشر الموقع تقريرا عن المدارس.',
    'وزعت الجمعية السلال الغذائية على الأسر المحتاجة.',
    'تحريك الملف السياسي يتطلب جهودا.',
  ])('%s', (text) => {
    expect(mobilizations(text)).toBe(0);
  });
});
