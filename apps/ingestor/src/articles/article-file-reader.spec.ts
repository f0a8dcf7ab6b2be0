import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listArticleFiles, parseNdjson, readArticleFile } from './article-file-reader';

describe('article file reader', () => {
  it('reports bad NDJSON lines by number and keeps the good ones', () => {
    const results = parseNdjson('{"id":"a","body":"x"}\n{oops\n\n{"id":"b"}\n', 'f.ndjson');
    expect(results.map((r) => r.ok)).toEqual([true, false, false]);
    expect(results[1]).toMatchObject({ origin: 'f.ndjson:2', error: 'line is not valid JSON' });
    expect(results[2]).toMatchObject({ origin: 'f.ndjson:4' });
    expect(results[2].ok ? '' : results[2].error).toMatch(/body/);
  });

  it('reads .txt as one article named after the file, refuses non-UTF-8 and unknown types', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-'));
    await writeFile(join(dir, 'story.txt'), 'قصف على حلب');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0xe9, 0x74, 0xe9]));
    await writeFile(join(dir, 'notes.md'), '# x');
    const [story] = await readArticleFile(join(dir, 'story.txt'));
    expect(story).toMatchObject({ ok: true, article: { id: 'story', body: 'قصف على حلب' } });
    const [bad] = await readArticleFile(join(dir, 'latin1.txt'));
    expect(bad.ok ? '' : bad.error).toMatch(/UTF-8/);
    const [md] = await readArticleFile(join(dir, 'notes.md'));
    expect(md.ok ? '' : md.error).toMatch(/unsupported/);
    expect((await listArticleFiles(dir)).map((f) => f.slice(dir.length + 1))).toEqual(['latin1.txt', 'story.txt']);
  });
});
