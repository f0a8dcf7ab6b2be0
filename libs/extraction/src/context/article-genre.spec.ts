// Genre detection: sports reports and market wraps lose their figurative conflict triggers; war news keeps them.
import { tokenize } from '../text/tokenize';
import { articleGenre, genreExcludes } from './article-genre';

const genreOf = (text: string) => articleGenre(tokenize(text));

describe('article genre', () => {
  it('reads a football report as sports', () => {
    const g = genreOf(
      'قاد المهاجم هجوم المنتخب في المباراة، وسيطر الفريق على الشوط الأول قبل أن يسجل اللاعب هدفا في مرمى الضيوف. ' +
        'وقال المدرب إن البطولة صعبة وإن الدوري ينتظر النادي.',
    );
    expect(g.genre).toBe('sports');
    expect(genreExcludes(g.genre, g.security, 'ASSAULT')).toBe(true);
    expect(genreExcludes(g.genre, g.security, 'AGREE')).toBe(true);
  });
  it('does not count نادي as sports: a club of pupils holding a vigil is news', () => {
    const g = genreOf(
      'نظم أطفال نادي الجزيرة الفلسطيني وقفة تضامنية واستنكاراً لمقتل الطفل على يد المستوطنين. ' +
        'وشارك في الوقفة العشرات من منتسبي مدرسة كرة القدم في نادي الجزيرة. ' +
        'واعتبر رئيس النادي ان حرق الطفل جريمة تعكس الإرهاب الإسرائيلي، وطالب النادي المجتمع الدولي بمحاسبة الاحتلال.',
    );
    expect(g.genre).toBe('news');
  });
  it('reads a stock market wrap as markets and keeps its deals', () => {
    const g = genreOf(
      'تعرضت الأسهم لهجوم من البائعين وهبط المؤشر 50 نقطة، فيما ارتفع سعر برميل برنت. ' +
        'وقال المستثمرون إن أرباح الربع الثاني والتضخم يضغطان على البورصة.',
    );
    expect(g.genre).toBe('markets');
    expect(genreExcludes(g.genre, g.security, 'ASSAULT')).toBe(true);
    expect(genreExcludes(g.genre, g.security, 'AGREE')).toBe(false);
  });
  it('keeps war news even when it mentions a stadium', () => {
    const g = genreOf(
      'قصفت قوات الجيش مواقع المسلحين قرب الملعب، وقال مصدر عسكري إن الاشتباكات أسفرت عن قتلى وجرحى في صفوف الميليشيات.',
    );
    expect(g.genre).toBe('news');
    expect(genreExcludes(g.genre, g.security, 'ASSAULT')).toBe(false);
  });
  it('keeps a sports article that turns into a security story', () => {
    const g = genreOf(
      'اعتقلت الشرطة مشجعين بعد المباراة في الملعب، وقالت قوات الأمن إن مسلحين أطلقوا النار قرب النادي والمدرب واللاعب بخير.',
    );
    expect(genreExcludes(g.genre, g.security, 'COERCE')).toBe(false);
  });
  it('drops a police warning from a derby preview with two incidental security words', () => {
    const preview =
      'وسط إجراءات أمنية مشددة يلتقي الأهلي والزمالك في مباراة الدوري على استاد الجيش دون جمهور، ويحسم النادي ' +
      'اللقب لو تعادل. وحذرت وزارة الداخلية من محاولة اندساس بعض العناصر لإفساد المباراة، فيما بدأ النادي ' +
      'التعاقد مع مدرب جديد للبطولة بعد رحيل اللاعب عن الملعب وفوز المنتخب بالكأس.';
    const g = genreOf(preview);
    expect(g).toEqual({ genre: 'sports', security: 2 });
    expect(genreExcludes(g.genre, g.security, 'THREATEN')).toBe(true);
  });
  it('reads English sports copy', () => {
    const g = genreOf(
      'The striker led the attack as the coach watched from the stadium; the league match ended level and the ' +
        'goalkeeper kept the tournament hopes alive for the football club in the championship.',
    );
    expect(g.genre).toBe('sports');
  });
  it('reads an argued column with no attribution as opinion', () => {
    const column =
      'لماذا نظن دوما أن مجتمعنا هو المخطئ؟ ولماذا نهاجم أنفسنا في كل مسلسل ومقال؟! نحن نعرف أن الإصلاح ' +
      'يبدأ من الداخل، لكننا ننسى أن النقد الجارح لا يصلح شيئا. أعتقد أن علينا أن نراجع طريقة حديثنا عن ' +
      'أنفسنا، وأن نتوقف عن جلد الذات في كل مناسبة. ';
    const g = articleGenre(tokenize(column.repeat(3)), column.repeat(3));
    expect(g.genre).toBe('opinion');
    expect(genreExcludes(g.genre, g.security, 'ASSAULT')).toBe(true);
  });
  it('does not read an attributed report as opinion', () => {
    const report =
      'قال المتحدث باسم الوزارة إن القوات اعتقلت عشرة أشخاص، وأضاف في بيان أن التحقيق مستمر. وذكرت مصادر ' +
      'محلية أن الاشتباكات توقفت مساء أمس، بحسب وكالة الأنباء الرسمية، فيما أكد مسؤول أن المنطقة هادئة. ';
    const text = report.repeat(4) + 'لماذا؟!';
    expect(articleGenre(tokenize(text), text).genre).toBe('news');
  });
});

describe('English sports and culture pieces', () => {
  it('reads a derby report as sports', () => {
    const g = genreOf(
      'Al-Hilal came from behind to beat Al-Nassr in the Riyadh derby. Ronaldo scored from the penalty spot, the ' +
        'hosts equalised before half-time, a substitute sealed the win and a late goal was ruled out for offside.',
    );
    expect(g.genre).toBe('sports');
  });
  it('reads a festival report as culture, where a jury praising a film is no political support', () => {
    const g = genreOf(
      'A Sudanese war drama won the jury prize at the Cannes film festival. The jury praised the film and its ' +
        'director, and the actress thanked the festival at the premiere.',
    );
    expect(g.genre).toBe('culture');
    expect(genreExcludes(g.genre, g.security, 'SUPPORT')).toBe(true);
  });
});
