// A generic head (gunmen, المسلحين) joined to an armed group's name is that group; a two-word portfolio is a title,
// not a name; bare aircraft and security forces are the forces of the article's country.
import { actorAliases } from '../assemble/actors/actor-aliases';
import { findActors } from './find-actors';

const mentions = (text: string) => findActors(text).map((m) => [m.surface, m.actor.id]);

describe('generic heads joined to a group', () => {
  it('reads المسلحين الحوثيين as the Houthis', () => {
    expect(mentions('هاجم عشرات المسلحين الحوثيين قرية في تعز')).toContainEqual(['المسلحين الحوثيين', 'group:houthis']);
  });

  it('reads the indefinite forms (متمردون حوثيون, ميليشيات حوثية) as the Houthis too', () => {
    expect(mentions('أطلق متمردون حوثيون قذائف على القرية')).toContainEqual(['متمردون حوثيون', 'group:houthis']);
    expect(mentions('وقصفت ميليشيات حوثية حيا في المدينة')).toContainEqual(['ميليشيات حوثية', 'group:houthis']);
  });

  it('reads "Al-Shabaab militants" as al-Shabaab', () => {
    expect(mentions('Al-Shabaab militants stormed a checkpoint on Friday.')).toContainEqual([
      'Al-Shabaab militants',
      'group:al-shabaab',
    ]);
  });

  it('leaves plain gunmen alone', () => {
    expect(mentions('Armed bandits raided a village.')).toContainEqual(['Armed bandits', 'group:gunmen']);
  });
});

describe('titles and bare institutions', () => {
  it('takes the name after a two-word portfolio', () => {
    const m = findActors('قال وزير حقوق الإنسان خالد سعيد إن الوضع صعب');
    expect(m[0]?.actor.name).toBe('خالد سعيد');
  });

  it('resolves bare helicopters to the article country', () => {
    const ids = findActors('قصف الطيران المروحي بلدة قرب حلب السورية، وقال ناشطون في سوريا إن القصف عنيف').map(
      (m) => m.actor.id,
    );
    expect(ids).toContain('mil:SY');
  });

  it('gives police and military the security-forces names', () => {
    const ref = { id: 'police:IQ', name: 'Iraq police', kind: 'police', country: 'IQ' } as const;
    expect(actorAliases(ref, null)).toEqual(expect.arrayContaining(['Iraqi security forces', 'Iraqi forces']));
  });
  it('reads الدول الخليجية and دول الخليج as the Gulf states, not the GCC as a body', () => {
    expect(mentions('نددت الدول الخليجية بالتصريحات')).toContainEqual(['الدول الخليجية', 'igo:gulf-states']);
    expect(mentions('وقال وزراء خارجية دول الخليج')).toContainEqual(['دول الخليج', 'igo:gulf-states']);
    expect(mentions('دعا مجلس التعاون لدول الخليج العربية')).toContainEqual([
      'مجلس التعاون لدول الخليج العربية',
      'igo:gcc',
    ]);
  });
});
