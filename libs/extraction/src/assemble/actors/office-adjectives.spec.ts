// Adjectives after an office's nationality describe the holder, not the office (office-adjectives.ts): the subject
// is the office up to the nationality, and so finds the holder the article names with that office.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-21T10:00:00Z');

describe('an office followed by adjectives after its nationality', () => {
  it('ends the text subject at the nationality (الرئيس التركي الاسلامي المحافظ)', () => {
    const body = 'أنقرة: وسرعان ما ندد الرئيس التركي الاسلامي المحافظ خلال زيارة الى قبرص بالهجوم الارهابي.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['الرئيس التركي']);
  });

  it('takes the holder the article names with the office', () => {
    const body =
      'أنقرة - واس: وصل الرئيس التركي رجب طيب اردوغان إلى قبرص أمس في زيارة رسمية.\n' +
      'ودعا الرئيس التركي الاسلامي المحافظ الدول الغربية إلى مكافحة الارهاب.';
    expect(actorsOf(body, 'REQUEST')).toContain('Recep Tayyip Erdogan');
  });
});
