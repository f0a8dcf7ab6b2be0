// A definite gentilic after a definite attack or means noun ("الطائرة الإماراتية", "الغارة الأميركية") names the doer
// as the indefinite one does (adjective-actor.ts); the article must agree, and an ordinary head names nobody.
import { findActors } from './index';

const pairs = (text: string): string[] => findActors(text).map((m) => `${m.surface}=${m.actor.id}`);
const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

describe('definite gentilics after a means or attack noun', () => {
  it('the article on both words reads as the indefinite pair does', () => {
    expect(ids('وهبطت الطائرة الإماراتية في مطار المدينة صباحا')).toContain('mil:AE');
    expect(ids('وأدت الغارة الأميركية إلى تدمير المخزن')).toContain('mil:US');
    expect(ids('ورست السفينة الإماراتية في الميناء محملة بالأدوية')).toContain('state:AE');
  });

  it('a definite middle adjective may stand between them, with the article too', () => {
    expect(ids('وقصفت المقاتلات الحربية التركية مواقع المسلحين')).toContain('mil:TR');
    expect(ids('وقصفت الطائرات حربية تركية مواقع المسلحين')).not.toContain('mil:TR');
  });

  // Words the store holds no adjective for are let go first; a dual is no listed adjective and still reads.
  it('an indefinite dual gentilic after its head names the doer', () => {
    expect(ids('وقصفت مقاتلتان تركيتان مواقع المسلحين')).toContain('mil:TR');
    expect(ids('وقصفت مقاتلتان جديدتان مواقع المسلحين').filter((id) => id.startsWith('mil:'))).toEqual([]);
  });

  it('a definite gentilic after an indefinite head, or after an ordinary noun, names nobody', () => {
    expect(ids('شاهد الناس طائرة الإماراتية')).toEqual([]);
    expect(ids('وصل الكاتب الإماراتي إلى المدينة')).toEqual([]);
    expect(pairs('قال المسؤول إن الخطة الأميركية لم تنجح')).toEqual([]);
  });
});
