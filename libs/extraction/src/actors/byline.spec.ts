// Reporter bylines and photo credits name who wrote the story, not who acted in it.
import { bylineLength } from './byline';
import { findActors } from './find-actors';

describe('Arabic bylines', () => {
  const body = 'عبدالله القحطاني- سبق- الرياض: تصوير خالد العنزي: أعلنت شرطة الرياض القبض على ثلاثة أشخاص.';

  it('measures the byline and the photo credit after it', () => {
    expect(body.slice(0, bylineLength(body))).toBe('عبدالله القحطاني- سبق- الرياض: تصوير خالد العنزي:');
    expect(bylineLength('سبق- الرياض: أعلنت الشرطة')).toBe(0);
  });

  it('drops the reporter named in the byline from the actors', () => {
    const people = findActors(body, { language: 'ar' }).filter((m) => m.actor.kind === 'person');
    expect(people.map((m) => m.surface)).not.toContain('عبدالله القحطاني');
  });

  it('keeps the same name when it opens a sentence of the story', () => {
    const text = 'عبدالله القحطاني أعلن أمس استقالته من منصبه.';
    const people = findActors(text, { language: 'ar' }).filter((m) => m.actor.kind === 'person');
    expect(people.map((m) => m.surface)).toContain('عبدالله القحطاني');
  });
});
