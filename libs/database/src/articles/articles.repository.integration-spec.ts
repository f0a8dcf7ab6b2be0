import { openTestSchema, type TestSchema } from '../test-support/test-schema';
import { sampleArticle } from '../test-support/sample-rows';
import { ArticlesRepository } from './articles.repository';

jest.setTimeout(30_000);

describe('ArticlesRepository (Postgres)', () => {
  let db: TestSchema;
  let articles: ArticlesRepository;

  beforeAll(async () => {
    db = await openTestSchema();
    articles = new ArticlesRepository(db.dataSource);
  });
  afterAll(async () => db?.cleanup());

  it('stores an article once per content hash and returns the first id for duplicates', async () => {
    const first = sampleArticle();
    const again = sampleArticle({ body: first.body, contentHash: first.contentHash }); // same content, new id
    expect(await articles.insertIfNew(first)).toEqual({ inserted: true, id: first.id });
    expect(await articles.insertIfNew(again)).toEqual({ inserted: false, id: first.id });
    expect(await articles.insertIfNew(first)).toEqual({ inserted: false, id: first.id });
    expect(await articles.get(again.id, 'default')).toBeNull();
    const stored = await articles.get(first.id, 'default');
    expect(stored?.publishedAt?.toISOString()).toBe(first.publishedAt);
    expect(stored?.contentHash).toBe(first.contentHash);
  });

  it("writes inside the caller's transaction and vanishes with its rollback", async () => {
    const article = sampleArticle();
    await expect(
      db.dataSource.transaction(async (manager) => {
        expect((await articles.insertIfNew(article, manager)).inserted).toBe(true);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await articles.get(article.id, article.tenantId)).toBeNull();
    expect((await articles.insertIfNew(article)).inserted).toBe(true);
  });

  it('lets exactly one of many concurrent inserts of the same content win', async () => {
    const base = sampleArticle();
    const copies = Array.from({ length: 8 }, () => sampleArticle({ body: base.body, contentHash: base.contentHash }));
    const results = await Promise.all(copies.map((c) => articles.insertIfNew(c)));
    expect(results.filter((r) => r.inserted)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
  });

  it('treats the same content of another tenant as a different article', async () => {
    const mine = sampleArticle();
    const theirs = sampleArticle({ tenantId: 'other', body: mine.body, contentHash: mine.contentHash });
    await articles.insertIfNew(mine);
    expect(await articles.insertIfNew(theirs)).toEqual({ inserted: true, id: theirs.id });
  });

  it('reports an id collision as a duplicate instead of failing', async () => {
    const first = sampleArticle();
    const sameId = sampleArticle({ id: first.id });
    await articles.insertIfNew(first);
    expect(await articles.insertIfNew(sameId)).toEqual({ inserted: false, id: first.id });
  });
});
