// A place joined by في right after the actor's name is where that force is based (actor-seat.ts): another place the
// clause names after it is the scene.
import { placeName, fieldsOf } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-07-21T10:00:00Z');

describe('the seat of the actor', () => {
  it('yields to the place the force took', () => {
    expect(
      placesOf(
        'في غضون ذلك، سيطرت قوات المقاومة الشعبية في محافظتي الضالع وعدن على «مثلث العند» وهو مفترق طرق.',
        'COERCE',
      ),
    ).toEqual(['al-Anad triangle']);
    expect(placesOf('قصفت القوات الحكومية في حلب بلدة صرين.', 'ASSAULT')).toEqual(['Sarrin']);
  });

  it('stays the place when the clause names no other', () => {
    expect(placesOf('قصفت القوات الحكومية في حلب مواقع المسلحين.', 'ASSAULT')).toEqual(['Aleppo']);
  });

  it('stays the place when the clause names only the country that holds it', () => {
    const body =
      'وقال مسؤول إن الهجوم وقع في سوروتش. والخميس ايضا، قتل شرطي تركي وأصيب آخر بجروح خطيرة في هجوم نفذه ملثمون ' +
      'في دياربكر كبرى مدن جنوب شرق تركيا.';
    expect(placesOf(body, 'ASSAULT')).toContain('Diyarbakir');
  });
});
