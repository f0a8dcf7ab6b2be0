// English wire wordings added beside existing ones: plural envoys, Commonwealth envoys, ended partnerships,
// plural memorandums, readiness raised and a legislature's ban vote.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('English wire wordings (plurals and near variants)', () => {
  it.each([
    ['Israel recalled its ambassadors from the three countries for consultations.', 'SANCTION'],
    ['The junta ended military cooperation with Paris.', 'SANCTION'],
    ["Pakistan summoned India's deputy high commissioner on Friday.", 'CONSULT'],
    // With the protest it carries, the summons is the protest (ACCUSE): summons-protest.spec.ts.
    ["Pakistan summoned India's deputy high commissioner to protest.", 'ACCUSE'],
    ['The two sides signed eight memorandums of understanding on energy.', 'AGREE'],
    ['The military had raised its readiness posture.', 'MOBILIZE'],
    ['Parliament voted to ban the party on Thursday.', 'COERCE'],
  ])('reads %s as %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });
  it('leaves cooperation that goes on alone', () => {
    expect(typesOf('The two armies extended their cooperation on border security.')).not.toContain('SANCTION');
  });
});
