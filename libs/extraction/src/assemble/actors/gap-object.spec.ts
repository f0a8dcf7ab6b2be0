// A subject-gapped verb phrase ("عبر ~~ عن دعم") resumes with its object: a name past that word is no VSO subject.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-08-07T10:00:00Z');

describe('Arabic names past the object of a subject-gapped verb phrase', () => {
  it('takes the body in the gap, not the king the support is for', () => {
    const body = 'عبر المجلس عن دعمه الكامل للملك سلمان بن عبدالعزيز.';
    expect(actorsOf(body, 'SUPPORT')).toEqual(['المجلس']);
  });

  it('keeps a subject the phrase resumes with (قصفت ~~ مقاتلات)', () => {
    const body = 'وقصفت المقاتلات التركية مواقع لتنظيم داعش في سوريا أمس الجمعة.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['Turkey military']);
  });
});
