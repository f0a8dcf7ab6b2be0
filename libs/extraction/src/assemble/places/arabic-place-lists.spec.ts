// Arabic strike round-ups: a verb whose object list opens each member with its own place noun or preposition
// ("ومواقع في مديرية ب") reports one strike per member; a place that only says where the previous one lies, a bare
// list of names, a route's ends and a place of origin are no scenes of their own.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const strikesAt = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.location?.name ?? null);

describe('Arabic strike lists', () => {
  it('splits strikes listed member by member into one event per place', () => {
    const places = strikesAt(
      'قصفت طائرات التحالف أمس مخازن أسلحة في مديرية ذمار بمحافظة ذمار، ومواقع للمتمردين في محافظة حجة.',
    );
    expect(places).toEqual(expect.arrayContaining(['Hajjah Governorate']));
    expect(places).toHaveLength(2);
  });
  it('reads a member whose place noun carries a glued و or ب, and areas "من" a province', () => {
    const places = strikesAt(
      'وشن طيران التحالف الجمعة سلسلة من الغارات الجوية على معسكر قوات الامن الخاصة في محافظة «إب» وسط اليمن، ' +
        'ومواقع عسكرية أخرى في «جبل المرحة» بمحافظة «عمران» ومديرية «حيس» بمحافظة «الحديدة» ومديرية «ميدي» ' +
        'التابعة لمحافظة «حجة» وفي مناطق متفرقة من محافظة «مارب».',
    );
    expect(places).toEqual(['Ibb', 'Amran', 'Hays', 'Midi', 'Marib']);
  });
  it('opens a member after a relative clause on its head noun', () => {
    const places = strikesAt(
      'شن الطيران الحربي غارات على بلدة حريتان التي تسيطر عليها المعارضة، وعلى قرية صغيرة يسيطر عليها التنظيم في مدينة الرقة.',
    );
    expect(places).toEqual(expect.arrayContaining(['Raqqa']));
  });
  it('keeps the province that only says where the struck town lies as one strike', () => {
    expect(strikesAt('قصفت طائرات التحالف أمس تجمعات للمتمردين في مدينة صعدة بمحافظة حجة.')).toHaveLength(1);
  });
  it('keeps one operation carried out across several areas as one happening', () => {
    expect(strikesAt('نفذت القوات العراقية عملية عسكرية على مواقع في مدينة الرمادي ومنطقة الصقلاوية.')).toEqual([
      'Ramadi',
    ]);
    expect(strikesAt('قصفت طائرات التحالف مواقع في مدينة الرمادي ومنطقة الصقلاوية.')).toEqual(['Ramadi', 'Saqlawiyah']);
  });
  it('does not split a bare list of names', () => {
    expect(strikesAt('قصفت طائرات التحالف أمس مواقع في صنعاء وتعز وإب.')).toHaveLength(1);
  });
  it('takes no scene from the ends of a route, and moves a strike placed only at one to the next member', () => {
    const places = strikesAt(
      'استهدفت طائرات التحالف أمس شاحنات على الطريق بين محافظتي عمران وذمار، وتجمعات للمتمردين في محافظة حجة.',
    );
    expect(places).toEqual(['Hajjah Governorate']);
  });
  it('takes no scene from the place the fighters came from', () => {
    const places = strikesAt('قصفت طائرات التحالف أمس رتلا في مدينة صعدة، ومواقع لمسلحين قادمين من محافظة حجة.');
    expect(places).toHaveLength(1);
  });
  it('does not carry a member past a comma into the next clause', () => {
    const places = strikesAt(
      'قصف الجيش أحياء في مدينة الفلوجة، وعلى حي آخر في جنوبها، وكثفت القوات هجومها على المدن في محافظة نينوى.',
    );
    expect(places).not.toContain('Nineveh Governorate');
  });
});
