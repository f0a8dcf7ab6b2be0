// Security measures stepped up (mobilize.patterns.ts): a verb or masdar of raising over a noun of security measures
// is a MOBILIZE alert; raising relations or capacities is not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const readings = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode}`);
};

describe('Arabic security measures stepped up', () => {
  it.each([
    ['وقالت الحكومة إنها ستكثف التدابير الأمنية حول المطار.'],
    ['ووعدت الوزارة بتعزيز الإجراءات الأمنية في المدن الكبرى.'],
    ['وأفادت الشرطة بأنه تم تعزيز إجراءات الأمن في محيط الملعب.'],
    ['وعززت السلطات الإجراءات الأمنية قرب الحدود.'],
  ])('%s', (text) => {
    expect(readings(text)).toContain('MOBILIZE/alert');
  });

  it('raising relations or capacities that happen to be "security" ones is no alert', () => {
    expect(readings('واتفق البلدان على تعزيز العلاقات الأمنية بينهما.')).not.toContain('MOBILIZE/alert');
    expect(readings('ويهدف البرنامج إلى تعزيز القدرات الأمنية للشرطة المحلية.')).not.toContain('MOBILIZE/alert');
  });
});
