// A visit told from the visitor's side: "Vieira was also received by Vice President Han Zheng" is a meeting the host
// held, so the name after "by" is the actor (talks-and-penalties.patterns.ts, choose-actor.ts), titles and role words
// such as "caretaker" between.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2024-10-21T10:00:00Z');

describe('English passive reception', () => {
  it.each([
    ['Lavrov was received by Egyptian President Abdel Fattah al-Sisi in Cairo on Monday.', 'Abdel Fattah el-Sisi'],
    ['He was also received by caretaker Prime Minister Najib Mikati.', 'Najib Mikati'],
  ])('reads %j as a meeting held by the host', (text, host) => {
    expect(actorsOf(text, 'CONSULT')).toContain(host);
  });

  it('leaves a thing received by someone without a meeting', () => {
    expect(actorsOf('The proposal was received by Hamas on Monday, a spokesman said.', 'CONSULT')).toEqual([]);
  });
});
