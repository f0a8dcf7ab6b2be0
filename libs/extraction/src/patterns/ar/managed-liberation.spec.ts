// "استطاعت القوات تحرير …" (coerce.patterns.ts): managing to free a place reports its taking; an aim to free one
// does not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic freeing a place', () => {
  it('reads "managed to free" as a seizure', () => {
    expect(typesOf('وقال المحافظ إن الجيش استطاع تحرير المستشفى من المسلحين.')).toContain('COERCE');
    expect(typesOf('وقال إن القوات تمكنت من تحرير قرية جديدة.')).toContain('COERCE');
  });
  it('leaves an aim to free a place alone', () => {
    expect(typesOf('ويسعى الجيش إلى تحرير المدينة.')).not.toContain('COERCE');
  });
});
