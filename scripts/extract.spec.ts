import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, readArticles } from './extract';

describe('extract script input', () => {
  it('reads NDJSON, reporting bad lines by number and skipping them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'a.ndjson');
    writeFileSync(file, '{"id":"a","body":"نص"}\nnot json\n{"id":"c"}\n\n{"url":"u","body":"text"}\n');
    const errors: string[] = [];
    const articles = readArticles(file, (m) => errors.push(m));
    expect(articles.map((a) => a.id)).toEqual(['a', 'u']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain(':2:');
    expect(errors[1]).toContain(':3:');
  });
  it('reads a .txt file as one article named after the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'seed-one.txt');
    writeFileSync(file, 'قصفت الطائرات حلب.');
    expect(readArticles(file, () => undefined)).toEqual([{ id: 'seed-one', body: 'قصفت الطائرات حلب.' }]);
  });
});

describe('extract script arguments', () => {
  it('reads the file, --explain and a --min-confidence that overrides the calibrated threshold', () => {
    expect(parseArgs(['a.txt', '--explain', '--min-confidence', '0'])).toEqual({
      file: 'a.txt',
      explain: true,
      extractor: 'rule',
      minConfidence: 0,
    });
    expect(parseArgs(['a.txt']).minConfidence).toBeUndefined();
  });
  it('refuses a --min-confidence that is no probability', () => {
    for (const bad of [
      ['--min-confidence'],
      ['--min-confidence', 'x'],
      ['--min-confidence', '1.5'],
      ['--min-confidence', ''],
    ])
      expect(() => parseArgs(['a.txt', ...bad])).toThrow(/probability from 0 to 1/);
  });
});
