// A deployment told in the impersonal passive after the people sent ("سيتم نشرهم") reads as MOBILIZE; a text or
// picture to be published (نشرها, نشره) does not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const mobilizations = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).filter((m) => m.spec.type === 'MOBILIZE').length;
};

describe('Arabic deployments in the impersonal passive', () => {
  it.each([
    'وأعلن قائد الشرطة أن عشرة آلاف شرطي أي ربع قوات الشرطة الوطنية سيتم نشرهم في العاصمة.',
    'وقال التلفزيون إن نحو ألفي جندي إضافي «سيتم نشرهم في أقصى شمال البلاد».',
    'وأكد المتحدث أن المراقبين تم نشرهم على طول الحدود.',
  ])('%s', (text) => {
    expect(mobilizations(text)).toBeGreaterThan(0);
  });

  it.each(['وأكد المصدر أن الصور سيتم نشرها لاحقا.', 'وقال إن البيان سيتم نشره فور صدوره.'])('%s', (text) => {
    expect(mobilizations(text)).toBe(0);
  });
});
