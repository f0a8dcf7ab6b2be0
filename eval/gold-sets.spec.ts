import { developmentDays, HELD_OUT_DAYS, readCorpusDay } from './corpus-reader';
import { CORPUS_DIR, loadGoldSets } from './gold-sets';

describe('eval data loading', () => {
  it('refuses held-out days', () => {
    expect(() => readCorpusDay(CORPUS_DIR, '2015-08-10.zip')).toThrow(/held-out/);
    expect(developmentDays(['2015-08-09.zip', '2015-07-21.zip', ...HELD_OUT_DAYS])).toEqual(['2015-07-21.zip']);
  });
  it('keeps the blind calib sets apart from train, with every body found', () => {
    const calib = loadGoldSets('calib');
    expect(calib.map((s) => s.name)).toEqual(expect.arrayContaining(['ar-calib', 'ar-calib2', 'en-calib']));
    expect(calib.every((s) => s.split === 'calib' && s.missing.length === 0)).toBe(true);
    const train = loadGoldSets('train').map((s) => s.name);
    expect(train.filter((n) => n.includes('calib'))).toEqual([]);
    expect(train).toContain('ar-train2');
  });
  it('loads the seed set with its body', () => {
    const [seed] = loadGoldSets('seed');
    expect(seed.name).toBe('ar-seed');
    expect(seed.articles[0].body.length).toBeGreaterThan(1000);
    expect(seed.goldEvents).toBeGreaterThan(10);
  });
});
