import { matchesKeywordQuery } from './keyword-query.matcher';
import { tokenVariants } from './text-folding';

describe('keyword query matching', () => {
  it('evaluates AND / OR / NOT', () => {
    const text = 'Air strikes hit Palmyra and Homs';
    expect(matchesKeywordQuery('palmyra AND homs', text)).toBe(true);
    expect(matchesKeywordQuery('palmyra AND aleppo', text)).toBe(false);
    expect(matchesKeywordQuery('aleppo OR homs', text)).toBe(true);
    expect(matchesKeywordQuery('palmyra NOT homs', text)).toBe(false);
    expect(matchesKeywordQuery('NOT aleppo', text)).toBe(true);
    expect(matchesKeywordQuery('(aleppo OR palmyra) strikes', text)).toBe(true);
  });

  it('matches phrases only as consecutive tokens', () => {
    expect(matchesKeywordQuery('"air strikes"', 'Air strikes hit the town')).toBe(true);
    expect(matchesKeywordQuery('"air strikes"', 'strikes from the air')).toBe(false);
    // Separate parts (say actor name and location) never join into a phrase.
    expect(matchesKeywordQuery('"army palmyra"', ['Syrian army', 'Palmyra'])).toBe(false);
    expect(matchesKeywordQuery('army palmyra', ['Syrian army', 'Palmyra'])).toBe(true);
  });

  it('matches whole words, not substrings, unless a prefix is asked for', () => {
    expect(matchesKeywordQuery('rage', 'Palmyra coverage')).toBe(false);
    expect(matchesKeywordQuery('protest', 'protesters gathered')).toBe(false);
    expect(matchesKeywordQuery('protest*', 'protesters gathered')).toBe(true);
    expect(matchesKeywordQuery('"protesters gath*"', 'protesters gathered')).toBe(true);
  });

  it('folds case, accents and possessives on both sides', () => {
    expect(matchesKeywordQuery('Palmyra', "palmyra's ancient ruins")).toBe(true);
    expect(matchesKeywordQuery('Palmyra', 'Palmyra’s ruins')).toBe(true);
    expect(matchesKeywordQuery('duma', 'Shelling in Dūmā')).toBe(true);
    expect(matchesKeywordQuery('PALMYRA', 'palmyra')).toBe(true);
  });

  it('tolerates Arabic clitic prefixes on text tokens', () => {
    expect(matchesKeywordQuery('تدمر', 'وصلت التعزيزات لتدمر صباحا')).toBe(true);
    expect(matchesKeywordQuery('تدمر', 'اشتباكات بمدينة تدمر')).toBe(true);
    expect(matchesKeywordQuery('تدمر', 'وتدمر')).toBe(true);
    expect(matchesKeywordQuery('مدينة', 'اشتباكات بمدينة تدمر')).toBe(true);
    expect(matchesKeywordQuery('"مدينة تدمر"', 'اشتباكات بمدينة تدمر')).toBe(true);
    expect(matchesKeywordQuery('الرقة', 'غارات على الرقة')).toBe(true);
    expect(matchesKeywordQuery('الرقة', 'وبالرقة')).toBe(true);
    expect(matchesKeywordQuery('الرقة', 'طريق للرقة')).toBe(true);
    expect(matchesKeywordQuery('رقة', 'والرقة')).toBe(true);
  });

  it('folds Arabic spelling variants through normalizeKey', () => {
    expect(matchesKeywordQuery('الرقه', 'الرقة')).toBe(true);
    expect(matchesKeywordQuery('إدلب', 'ادلب')).toBe(true);
    expect(matchesKeywordQuery('حلب', 'حَلَب')).toBe(true);
  });

  it('does not strip clitics into unrelated words', () => {
    // دمر is a word of its own; تدمر must not be found in it, nor حلب in حلبة (a different word).
    expect(matchesKeywordQuery('تدمر', 'دمر المبنى')).toBe(false);
    expect(matchesKeywordQuery('حلب', 'حلبة')).toBe(false);
    expect(tokenVariants('ل')).toEqual(['ل']);
    expect(tokenVariants('بل')).toEqual(['بل']);
  });

  it('produces clitic-free stems for combined chains', () => {
    expect(tokenVariants('وبالمدينه')).toEqual(expect.arrayContaining(['وبالمدينه', 'بالمدينه', 'المدينه', 'مدينه']));
    expect(tokenVariants('palmyra')).toEqual(['palmyra']);
  });
});
