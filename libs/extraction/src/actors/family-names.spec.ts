// Arabic family names with آل: a known name after a title runs to its end however long, and a person named in full
// with "آل X" is the later bare "آل X" of the same text.
import { findActors } from './find-actors';

const mentions = (text: string) => findActors(text).map((m) => [m.surface, m.actor.name]);

describe('Arabic family names with آل', () => {
  it('takes a known name longer than four words after a title', () => {
    expect(mentions('قال الشيخ عبدالعزيز بن عبدالله آل الشيخ إن الفتنة نائمة.')).toContainEqual([
      'الشيخ عبدالعزيز بن عبدالله آل الشيخ',
      'Abdulaziz Al al-Sheikh',
    ]);
  });

  it('remembers the family pair of a full name for its later bare mentions', () => {
    const found = mentions('قال الشيخ محمد آل زاهر إن الحملة مستمرة. وأضاف آل زاهر أن الفرق جاهزة.');
    expect(found).toContainEqual(['آل زاهر', 'محمد آل زاهر']);
  });

  it('does not read a bare family pair nobody was named with', () => {
    expect(mentions('وأضاف آل زاهر أن الفرق جاهزة.')).toEqual([]);
  });
});
