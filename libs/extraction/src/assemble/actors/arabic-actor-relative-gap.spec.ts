// A name inside a relative clause after an Arabic verb ("بالرسالة التي وجهها الملك") is not the verb's VSO subject.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('Arabic VSO subject behind a relative pronoun', () => {
  it('leaves the name inside the relative clause out', () => {
    const actors = actorsOf('وأشاد مجلس الشورى بالكلمة التي ألقاها الملك سلمان في المؤتمر.', 'SUPPORT');
    expect(actors.length).toBeGreaterThan(0);
    expect(actors).not.toContain('King Salman');
  });

  it('still reads a subject right after the verb', () => {
    expect(actorsOf('وأشاد الملك سلمان بالكلمة التي ألقاها الوزير في المؤتمر.', 'SUPPORT')).toContain('King Salman');
  });
});

describe('Arabic VSO subject behind a relative ما glued to a preposition', () => {
  it('leaves a body inside "بما" or "مما" out of the subject and the nearest guess', () => {
    const actors = actorsOf('بيروت - واس: وأشاد أمس بما يقدمه الجيش اللبناني من تضحيات على الحدود.', 'SUPPORT');
    expect(actors).not.toContain('Lebanon military');
  });

  it('still reads the body as the subject when it stands right after the verb', () => {
    expect(actorsOf('بيروت - واس: وأشاد الجيش اللبناني بما يقدمه المواطنون من دعم.', 'SUPPORT')).toContain(
      'Lebanon military',
    );
  });
});
