// A bare "مجلس الوزراء" (the cabinet) is the government of the article's country; after the noun of its head or
// deputy ("نائب رئيس مجلس الوزراء") it is part of an office holder's title, and the holder named beside it acts.
import { findActors } from './index';

const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

describe('bare cabinet', () => {
  it('is the government of the country the article is about', () => {
    expect(ids('الرياض: وأثنى مجلس الوزراء على الهدنة الإنسانية في المملكة')).toContain('gov:SA');
  });

  it('is part of a title after the noun of its head or deputy', () => {
    const text = 'الرياض: تلقى الأمير محمد بن سلمان النائب الثاني لرئيس مجلس الوزراء اتصالا في المملكة';
    expect(ids(text)).not.toContain('gov:SA');
    expect(ids(text)).toContain('person:mohammed bin salman');
  });

  it('leaves other bare institutions after a head noun alone', () => {
    expect(ids('الرياض: وقال قائد الجيش في المملكة')).toContain('mil:SA');
  });
});
