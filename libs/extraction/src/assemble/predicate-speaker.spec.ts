// Statements whose doer is their speaker, not the subject of their predicate: an accusation said of the accused
// ("قال الوزير إن قطر ترعى الإرهاب") is the speaker's act (predicate-rejection.ts).
import { actorName, fieldsOf } from '../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('Arabic accusations stated as a predicate of the accused', () => {
  it('an accusation reported after إن belongs to the speaker, not the accused', () => {
    const body = 'وقال وزير الخارجية عادل الجبير إن إيران ترعى الإرهاب في اليمن والعراق.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['Adel al-Jubeir']);
  });

  it('a charge said of the accused without a named speaker has no doer', () => {
    const body = 'وأكد البيان أن قطر ترعى الإرهاب في المنطقة.';
    expect(actorsOf(body, 'ACCUSE')).not.toContain('Qatar');
  });
});
