// Judging something with a word that can only commend, and granting a state the right to defend itself, read as
// SUPPORT; a law's general right of self-defence and a judgement that blames do not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const supports = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).filter((m) => m.spec.type === 'SUPPORT').length;
};

describe('Arabic endorsements', () => {
  it.each([
    'اعتبرت الوزارة القرار خطوة إيجابية.',
    'وصف المسؤول الاتفاق بالتاريخي.',
    'وأكد المتحدث أن للمملكة الحق في الدفاع عن نفسها.',
  ])('%s', (text) => {
    expect(supports(text)).toBeGreaterThan(0);
  });

  it.each(['ينص القانون على حق الدفاع عن النفس.', 'وصف الوزير الهجوم بالإرهابي.'])('%s', (text) => {
    expect(supports(text)).toBe(0);
  });
});
