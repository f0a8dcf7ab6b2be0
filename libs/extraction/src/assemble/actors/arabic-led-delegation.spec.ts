// An unnamed delegation acts for the leader its relative clause names ("الوفد الذي يقوده علاوي").
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-26T10:00:00Z');

describe('Arabic delegation led by a named leader', () => {
  it('gives the delegation’s complaint to its leader, whose name ends at the preposition', () => {
    const body = 'واشتكى الوفد الذي يقوده علاوي للسفير الأمريكي من الممارسات الطائفية.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['علاوي']);
  });

  it('reads a leader with his office up to a free preposition', () => {
    const body = 'وانتقد الوفد الذي يترأسه نائب الرئيس إياد علاوي في بغداد الممارسات الطائفية.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['نائب الرئيس إياد علاوي']);
  });
});
