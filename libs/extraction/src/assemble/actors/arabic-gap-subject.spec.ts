// A gapped verb trigger ("أعرب ~ عن تضامن") holds its subject in the gap; the name after مع is no author.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-08-07T10:00:00Z');

describe('Arabic text subject inside a gapped verb phrase', () => {
  it('takes the unnamed body in the gap, not the king solidarity is with', () => {
    const body = 'أعرب الأزهر عن تضامنه الكامل مع خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.';
    expect(actorsOf(body, 'SUPPORT')).toEqual(['Al-Azhar']);
  });

  it('keeps a named subject in the gap', () => {
    const body = 'أعربت مصر عن تضامنها الكامل مع خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.';
    expect(actorsOf(body, 'SUPPORT')).toEqual(['Egypt']);
  });
});
