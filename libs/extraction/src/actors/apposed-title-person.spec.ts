// An Arabic name the dictionary lacks, proved by the office apposed to it after a comma.
import { findActors } from './find-actors';

const names = (text: string) => findActors(text).map((m) => m.surface);

describe('person named before an apposed title', () => {
  it('reads an unknown name followed by ", وزير ..."', () => {
    expect(names('دعا نور الدين الحمادي، وزير العدل اليمني، المحكمة إلى الإسراع.')).toContain('نور الدين الحمادي');
    expect(names('وقال عبدالوهاب الفلاني، سفير اليمن في الأردن، إن')).toContain('عبدالوهاب الفلاني');
  });

  it('leaves places and single words alone', () => {
    expect(names('في مدينة عدن القديمة، وزير الداخلية يزور')).not.toContain('عدن القديمة');
    expect(names('وقال المصدر، وزير الداخلية')).toEqual([]);
  });
});
