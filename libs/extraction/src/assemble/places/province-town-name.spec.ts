// English: a province the gazetteer only knows by its chief town ("the Arauca department") is still a province when
// the text names it so, and yields to a town of it the next sentence names as a settlement ("the town of X"), as a
// listed province does.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, type: string): (string | null)[] =>
  ex
    .extract({ id: 't', body, language: 'en', publishedAt: '2026-03-04T10:00:00Z' })
    .filter((e) => e.type === type)
    .map((e) => e.location?.name ?? null);

describe('a province named by its chief town', () => {
  it('"the X department" yields to a town of that department named in the next sentence', () => {
    const body =
      'Rebels ambushed an army convoy in the eastern Arauca department on Friday, killing four soldiers, the army said. ' +
      'The convoy was hit by explosives near the town of Tame, a brigade commander said.';
    expect(placesOf(body, 'ASSAULT')).toEqual(['Tame']);
  });

  it('"the department of X" reads the same way', () => {
    const body =
      'Guerrillas freed three police officers on Monday in the department of Arauca, the Red Cross said. ' +
      'The officers were handed over in a rural area of the municipality of Saravena, the agency said.';
    expect(placesOf(body, 'RETREAT')).toEqual(['Saravena']);
  });

  it('the town alone, with no province noun, stays the place', () => {
    const body =
      'Rebels ambushed an army convoy in the city of Arauca on Friday, killing four soldiers, the army said. ' +
      'Troops later patrolled the roads near the town of Tame, a brigade commander said.';
    expect(placesOf(body, 'ASSAULT')).toEqual(['Arauca']);
  });

  it('a bare name after a province named by its town may be that town again: the province stays', () => {
    const body =
      'Rebels ambushed an army convoy in the eastern Arauca department on Friday, killing four soldiers, the army said. ' +
      'The wounded were flown to Tame for treatment, a brigade commander said.';
    expect(placesOf(body, 'ASSAULT')).toEqual(['Arauca']);
  });

  it('a town of another province, however near, does not sharpen it', () => {
    const body =
      'Gunmen attacked a checkpoint in Sweida province on Sunday, killing six fighters, a monitor said. ' +
      'The fighters had been sent from Damascus, a commander said.';
    expect(placesOf(body, 'ASSAULT')).not.toContain('Damascus');
  });
});
