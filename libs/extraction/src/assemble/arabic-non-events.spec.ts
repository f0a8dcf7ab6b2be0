// Arabic explosive devices that went off nowhere: seized, defused or found, alone or closing a list of what was
// seized; and a device that did go off.
import { RuleExtractor } from '../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).filter((e) => e.type === 'ASSAULT');

describe('handled explosive devices', () => {
  it('reads a device defused right after the verb as no attack', () => {
    expect(assaults('وتمكنت الشرطة من تفكيك عبوة ناسفة قرب السوق.')).toHaveLength(0);
  });
  it('reads a device closing a list of seized arms as no attack', () => {
    expect(assaults('وأضاف البيان أنه تمت مصادرة بنادق آلية وذخائر متنوعة وعبوات ناسفة.')).toHaveLength(0);
    expect(assaults('وضبطت الشرطة في المنزل أسلحة وأجهزة اتصال ومتفجرات.')).toHaveLength(0);
  });
  it('keeps a device that went off', () => {
    expect(assaults('انفجرت عبوة ناسفة في سوق شعبي بمدينة بعقوبة.').length).toBeGreaterThan(0);
  });
});
