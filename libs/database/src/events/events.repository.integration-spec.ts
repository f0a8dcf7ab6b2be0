import { UnknownCursorError } from '../pagination/cursor-page';
import { sampleEvent } from '../test-support/sample-rows';
import { openTestSchema, type TestSchema } from '../test-support/test-schema';
import type { EventEntity } from './event.entity';
import { EventsRepository, type ListEventsRequest } from './events.repository';

jest.setTimeout(30_000);

async function listAll(
  events: EventsRepository,
  request: ListEventsRequest,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let pages = 0;
  let startingAfter: string | undefined;
  for (;;) {
    const page = await events.list({ ...request, startingAfter });
    pages += 1;
    ids.push(...page.data.map((e: EventEntity) => e.id));
    if (!page.hasMore) return { ids, pages };
    startingAfter = page.data[page.data.length - 1]?.id;
    if (pages > 100) throw new Error('pagination does not terminate');
  }
}

describe('EventsRepository (Postgres)', () => {
  let db: TestSchema;
  let events: EventsRepository;

  beforeAll(async () => {
    db = await openTestSchema();
    events = new EventsRepository(db.dataSource);
  });
  afterAll(async () => db?.cleanup());

  it('inserts a batch once; replaying it inserts nothing and keeps the first version', async () => {
    const batch = [sampleEvent({ killed: 3 }), sampleEvent({ location: null, date: null })];
    expect((await events.insertMany(batch, 'ins')).insertedIds.sort()).toEqual(batch.map((e) => e.id).sort());
    const replay = batch.map((e) => ({ ...e, killed: 99 }));
    expect(await events.insertMany(replay, 'ins')).toEqual({ insertedIds: [] });
    expect(await events.insertMany([], 'ins')).toEqual({ insertedIds: [] });

    const stored = await events.get(batch[0]!.id, 'ins');
    expect(stored).toMatchObject({
      killed: 3,
      country: 'SY',
      lat: 36.2,
      lon: 37.16,
      date: '2026-11-01',
      type: 'ASSAULT',
    });
    expect(stored?.actor).toEqual(batch[0]!.actor);
    expect(stored?.evidence).toEqual(batch[0]!.evidence);
    expect(stored?.confidence).toBeCloseTo(0.8, 5);
    const noPlace = await events.get(batch[1]!.id, 'ins');
    expect(noPlace).toMatchObject({ country: null, lat: null, lon: null, date: null, location: null });
    expect(await events.get(batch[0]!.id, 'someone-else')).toBeNull();
  });

  it('pages through every row exactly once, newest first, including rows created in the same instant', async () => {
    // Three batches: within a batch all rows share created_at, so the id tie-break is exercised.
    const all = [];
    for (let b = 0; b < 3; b++) {
      const batch = Array.from({ length: 9 }, () => sampleEvent());
      await events.insertMany(batch, 'pages');
      all.push(...batch);
    }
    const { ids, pages } = await listAll(events, { tenantId: 'pages', limit: 4 });
    expect(ids).toHaveLength(27);
    expect(new Set(ids)).toEqual(new Set(all.map((e) => e.id)));
    expect(pages).toBe(7);

    const first = await events.list({ tenantId: 'pages', limit: 27 });
    expect(first.hasMore).toBe(false);
    expect(first.data.map((e) => e.id)).toEqual(ids);
    const created = first.data.map((e) => e.createdAt.getTime());
    expect([...created].sort((x, y) => y - x)).toEqual(created);
  });

  it('filters by type and country, across pages', async () => {
    await events.insertMany(
      [
        ...Array.from({ length: 5 }, () =>
          sampleEvent({ type: 'PROTEST', location: { name: 'Cairo', country: 'EG', lat: 30, lon: 31 } }),
        ),
        ...Array.from({ length: 3 }, () => sampleEvent({ type: 'PROTEST' })),
        ...Array.from({ length: 4 }, () =>
          sampleEvent({ type: 'ASSAULT', location: { name: 'Cairo', country: 'EG', lat: 30, lon: 31 } }),
        ),
      ],
      'filters',
    );
    expect((await listAll(events, { tenantId: 'filters', limit: 2, type: 'PROTEST' })).ids).toHaveLength(8);
    expect((await listAll(events, { tenantId: 'filters', limit: 2, country: 'eg' })).ids).toHaveLength(9);
    expect((await listAll(events, { tenantId: 'filters', limit: 2, type: 'PROTEST', country: 'EG' })).ids).toHaveLength(
      5,
    );
    expect((await listAll(events, { tenantId: 'filters', limit: 2, type: 'AID' })).ids).toEqual([]);
  });

  it('rejects a cursor that is not a row of this tenant', async () => {
    const [event] = [sampleEvent()];
    await events.insertMany([event!], 'cursor-a');
    await expect(events.list({ tenantId: 'cursor-b', limit: 5, startingAfter: event!.id })).rejects.toBeInstanceOf(
      UnknownCursorError,
    );
    await expect(events.list({ tenantId: 'cursor-a', limit: 5, startingAfter: 'nope' })).rejects.toBeInstanceOf(
      UnknownCursorError,
    );
    expect(await events.list({ tenantId: 'cursor-a', limit: 5, startingAfter: event!.id })).toEqual({
      data: [],
      hasMore: false,
    });
  });
});
