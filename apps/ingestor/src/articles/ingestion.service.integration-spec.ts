// File import against the real database: new articles are stored with their outbox message, duplicates and bad
// entries are reported and change nothing.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticlesRepository, OutboxRepository } from '@marsad/database';
import { PipelineMetrics } from '@marsad/observability';
import { createTestDatabase, type TestDatabase } from '@marsad/testing';
import { IngestionService } from './ingestion.service';

describe('IngestionService (Postgres)', () => {
  let db: TestDatabase;
  let ingestion: IngestionService;

  beforeAll(async () => {
    db = await createTestDatabase();
    ingestion = new IngestionService(
      db.dataSource,
      new ArticlesRepository(db.dataSource),
      new OutboxRepository(db.dataSource),
      new PipelineMetrics('test', false),
    );
  });
  afterAll(() => db.cleanup());

  it('imports good articles once, with one outbox message each, and reports the rest by line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-import-'));
    const good = { id: 'a1', title: 'قصف', body: 'قصفت الطائرات مدينة حلب اليوم.', publishedAt: '2016-12-05' };
    await writeFile(
      join(dir, 'batch.ndjson'),
      [
        JSON.stringify(good),
        '{not json',
        JSON.stringify({ id: 'a2', body: '' }),
        JSON.stringify({ ...good, id: 'a1-copy', body: 'قصفت  الطائرات مدينة حلب اليوم.' }),
        JSON.stringify({ id: 'big', body: 'x'.repeat(1_000_001) }),
      ].join('\n'),
    );
    await writeFile(join(dir, 'story.txt'), 'تظاهر آلاف في بيروت احتجاجا على انقطاع الكهرباء.');

    const report = await ingestion.importPath(dir);
    expect(report.accepted).toBe(2);
    expect(report.duplicates).toBe(1);
    expect(report.rejected.map((r) => r.origin.replace(dir, ''))).toEqual([
      '/batch.ndjson:2',
      '/batch.ndjson:3',
      '/batch.ndjson:5',
    ]);
    expect(report.rejected[2].error).toMatch(/1,000,000/);

    const outbox = await db.dataSource.query<{ subject: string; payload: { id: string; contentHash: string } }[]>(
      'SELECT subject, payload FROM outbox ORDER BY id',
    );
    expect(outbox.map((o) => [o.subject, o.payload.id])).toEqual([
      ['articles.ingested', 'a1'],
      ['articles.ingested', 'story'],
    ]);
    expect(outbox[0].payload.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const again = await ingestion.importPath(dir);
    expect(again).toMatchObject({ accepted: 0, duplicates: 3 });
    expect(await db.dataSource.query('SELECT id FROM outbox')).toHaveLength(2);
  });
});
