import { readFileSync } from 'node:fs';
import { splitSentences } from './split-sentences';

describe('splitSentences', () => {
  it('splits Arabic and English with exact offsets', () => {
    const text = 'قصفت الطائرات مدينة حلب. هل انتهى القتال؟ نعم!\nU.S. forces left Mr. Smith at 2.5 km. He left.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'قصفت الطائرات مدينة حلب.',
      'هل انتهى القتال؟',
      'نعم!',
      'U.S. forces left Mr. Smith at 2.5 km.',
      'He left.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('cuts long Arabic sentences at discourse markers into clauses', () => {
    const text = 'استشهد شخص في دوما، كذلك أصيب آخرون في حرستا، فيما اقتحمت القوات الباب. إلى ذلك، نفت موسكو الاتفاق.';
    const clauses = splitSentences(text).flatMap((s) => s.clauses);
    expect(clauses.map((c) => c.text)).toEqual([
      'استشهد شخص في دوما',
      'كذلك أصيب آخرون في حرستا',
      'فيما اقتحمت القوات الباب.',
      'إلى ذلك، نفت موسكو الاتفاق.',
    ]);
    expect(clauses[1].continuation).toBe(true);
    expect(clauses[3].topicShift).toBe(true);
    expect(clauses[3].continuation).toBe(false);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
  it('splits the seed article without losing offsets', () => {
    const text = readFileSync(`${__dirname}/../../../../../shared/seeds/syria-2016-aleppo-palmyra.ar.txt`, 'utf8');
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(10);
    const clauses = sentences.flatMap((s) => s.clauses);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(clauses.some((c) => c.text.startsWith('كذلك استشهد شخص'))).toBe(true);
  });
  it('keeps ranks, titles and place abbreviations with the name they stand before', () => {
    const text = 'Brig. Gen. Omar and Adm. Reyes met at Ft. Hood near Mt. Hermon. Pres. Diaz left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Brig. Gen. Omar and Adm. Reyes met at Ft. Hood near Mt. Hermon.',
      'Pres. Diaz left.',
    ]);
  });
  it('keeps "No." before a number but ends a sentence on a plain "no."', () => {
    const text = 'Troops held checkpoint No. 4 overnight. The mayor said no. Guards left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Troops held checkpoint No. 4 overnight.',
      'The mayor said no.',
      'Guards left.',
    ]);
  });
  it('ends a sentence after a clock time only before a new capitalised sentence', () => {
    const text = 'The curfew began at 8 p.m. Police closed roads. It ends at 6 a.m. Friday and at 7 a.m. local time.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The curfew began at 8 p.m.',
      'Police closed roads.',
      'It ends at 6 a.m. Friday and at 7 a.m. local time.',
    ]);
  });
});

describe('"at a time when" after a comma', () => {
  it('opens a clause at "، في وقت" + verb and "، في الوقت الذي", not at "في وقت سابق/لاحق"', () => {
    const text =
      'قتل مدني في قصف على أحياء تعز، ليلة السبت، في وقت شن طيران التحالف غارات على المخاء. وقالت، في وقت سابق، إنها ' +
      'ستنسحب، في الوقت الذي يتواصل القصف. وسيعقد الاجتماع، في وقت لاحق من الشهر.';
    const clauses = splitSentences(text).flatMap((s) => s.clauses);
    expect(clauses.map((c) => c.text)).toEqual([
      'قتل مدني في قصف على أحياء تعز، ليلة السبت',
      'في وقت شن طيران التحالف غارات على المخاء.',
      'وقالت، في وقت سابق، إنها ستنسحب',
      'في الوقت الذي يتواصل القصف.',
      'وسيعقد الاجتماع، في وقت لاحق من الشهر.',
    ]);
    expect(clauses[1].continuation).toBe(true);
  });
});

describe('US state abbreviations', () => {
  it('keeps a wire dateline with a state abbreviation in its sentence', () => {
    const text = 'DENVER, Colo. — Hundreds of nurses marched to the statehouse on Monday. Police closed two streets.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'DENVER, Colo. — Hundreds of nurses marched to the statehouse on Monday.',
      'Police closed two streets.',
    ]);
  });

  it('does not end a sentence at a state abbreviation inside it', () => {
    const text = 'A tornado struck Moore, Okla., on Sunday, officials said.';
    expect(splitSentences(text)).toHaveLength(1);
  });

  it('still ends a sentence at a word that is also an abbreviation of a state', () => {
    const text = 'The driver fell ill. He was taken to hospital.';
    expect(splitSentences(text)).toHaveLength(2);
  });
});
