// A capitalised word opening an English clause is a name (a plain-text subject, raw-subject.ts; the opening name of
// an appositive, english-subject.ts) when the article also writes it capitalised inside a sentence; a common noun that
// merely opens the sentence ("Shells hit") is not.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('English clause-opening names', () => {
  it('a word the article capitalises mid-sentence is the subject when it opens the clause', () => {
    const body =
      'Gunmen loyal to the Velmora militia clashed with police near the port on Sunday. ' +
      'Velmora rejected the accusation in a statement on Monday.';
    expect(actorsOf(body, 'REJECT')).toEqual(['Velmora']);
  });

  it('a word only ever written at the start of a sentence stays unread', () => {
    const body = 'Officials met on Monday. Dozens rejected the offer in a statement on Monday.';
    expect(actorsOf(body, 'REJECT')).toEqual([null]);
  });

  it('a lower-case mention elsewhere proves nothing', () => {
    const body = 'Shells hit the camp on Monday, and more shells hit the market in the evening.';
    expect(actorsOf(body, 'ASSAULT').filter((a) => a === 'Shells')).toEqual([]);
  });
});

describe('English clause-opening names before an appositive', () => {
  it('"Velmora, in a statement, accused": the name the article capitalises mid-sentence is the subject', () => {
    const body =
      'Gunmen loyal to the Velmora militia clashed with police near the port on Sunday. ' +
      'Velmora, in a statement, accused the government of attacking its fighters.';
    expect(actorsOf(body, 'ACCUSE')).toContain('Velmora');
  });

  it('a common noun opening the sentence before an appositive stays unread', () => {
    const body = 'Residents, in a statement, accused the government of neglect.';
    expect(actorsOf(body, 'ACCUSE')).not.toContain('Residents');
  });
});
