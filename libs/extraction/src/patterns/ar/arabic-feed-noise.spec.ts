// Arabic feed noise: a consequence that "threatens" something, a relative clause describing a standing position, and
// municipal or consumer notices whose warnings, requests and seizures are administration, not political events.
import { articleGenre, genreExcludes } from '../../context/article-genre';
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic feed noise', () => {
  it('does not read a row or a statement that bursts out as a blast', () => {
    expect(typesOf('فجرت تصريحات وزير الخارجية خلال مؤتمره الصحفي خلافات بين الحليفين.')).not.toContain('ASSAULT');
    expect(typesOf('وانفجر الخلاف بين الحزبين في البرلمان أمس.')).not.toContain('ASSAULT');
    expect(typesOf('فجرت مجموعة مسلحة مبنى البلدية في مدينة الرمادي.')).toContain('ASSAULT');
  });
  it('does not read a consequence that endangers something as a threat', () => {
    expect(typesOf('وتشارك في المناورات دبابات أمريكية ما يهدد بإثارة غضب روسيا.')).not.toContain('THREATEN');
    expect(typesOf('انقطعت الكهرباء مما يهدد حياة المرضى.')).not.toContain('THREATEN');
    expect(typesOf('وهدد الحوثيون باقتحام المدينة.')).toContain('THREATEN');
    expect(typesOf('الحركة تهدد بالانسحاب من الحكومة.')).toContain('THREATEN');
  });

  it('does not read a present-tense relative clause as a demand made now', () => {
    expect(typesOf('تتعارض مع ميثاق المنظمة الذي يدعو إلى تعزيز العلاقات.')).not.toContain('REQUEST');
    expect(typesOf('انضم إلى التحالف الذي يطالب بإسقاط الحكومة.')).not.toContain('REQUEST');
    expect(typesOf('الرئيس يطالب بوقف إطلاق النار.')).toContain('REQUEST');
    expect(typesOf('الحكومة تدعو إلى الحوار.')).toContain('REQUEST');
  });

  it('reads a municipal inspection notice as a service article that keeps its closures only', () => {
    const text =
      'أغلقت بلدية وسط الدمام 250 محلا مخالفا، ووجهت إنذارا لعدد من المحلات، وضبطت كميات من المواد الغذائية ' +
      'منتهية الصلاحية خلال جولات رقابية على المطاعم والأسواق، وحذرت المستهلكين من شراء السلع المخالفة للاشتراطات.';
    const g = articleGenre(tokenize(text));
    expect(g.genre).toBe('services');
    expect(genreExcludes(g.genre, g.security, 'THREATEN')).toBe(true);
    expect(genreExcludes(g.genre, g.security, 'AID')).toBe(true);
    expect(genreExcludes(g.genre, g.security, 'REQUEST')).toBe(true);
    expect(genreExcludes(g.genre, g.security, 'COERCE')).toBe(false);
  });

  it('keeps security news that mentions shops and markets', () => {
    const g = articleGenre(
      tokenize(
        'انفجرت سيارة مفخخة في سوق شعبي قرب المحلات التجارية، وقالت الشرطة إن قوات الأمن طوقت المكان بعد سقوط قتلى ' +
          'وجرحى، فيما تبنى تنظيم داعش الهجوم على الأسواق.',
      ),
    );
    expect(g.genre).toBe('news');
  });
});
