// لوّح بـ: brandishing a step (sanctions, resignation, force) threatens it; waving a hand or what looms does not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const types = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic brandished threats', () => {
  it.each([
    'لوحت الحكومة بإمكانية قطع العلاقات مع جارتها.',
    'ولوح زعيم الحزب بالانسحاب من الائتلاف الحاكم.',
    'وأثار تلويح رئيس البرلمان بالاستقالة جدلا واسعا.',
    'يلوح الاتحاد بفرض رسوم جديدة على الواردات.',
  ])('reads "%s" as a threat', (text) => {
    expect(types(text)).toContain('THREATEN');
  });

  it.each([
    'كان اللاعب يلوح بيده للجماهير بعد المباراة.',
    'وتلوح في الأفق بوادر أزمة اقتصادية.',
    'لوح الطاقة الشمسية معطل.',
  ])('leaves "%s" alone', (text) => {
    expect(types(text)).not.toContain('THREATEN');
  });
});
