import { openTestSchema, type TestSchema } from '../test-support/test-schema';
import { OutboxRepository } from './outbox.repository';
import type { ClaimedOutboxMessage } from './outbox-store.interface';

jest.setTimeout(60_000);

describe('OutboxRepository (Postgres)', () => {
  let db: TestSchema;

  beforeEach(async () => {
    db = await openTestSchema();
  });
  afterEach(async () => db?.cleanup());

  async function enqueueMany(outbox: OutboxRepository, count: number, prefix = 'm'): Promise<void> {
    await db.dataSource.transaction(async (manager) => {
      for (let i = 0; i < count; i++) {
        await outbox.enqueue(manager, { subject: 'events.extracted', msgId: `${prefix}-${i}`, payload: { i } });
      }
    });
  }

  it('commits and rolls back with the caller’s transaction, and ignores a repeated msgId', async () => {
    const outbox = new OutboxRepository(db.dataSource);
    await expect(
      db.dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, { subject: 'rules.changed', msgId: 'rolled-back', payload: {} });
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    expect(await outbox.countUnpublished()).toBe(0);

    const stored = await db.dataSource.transaction(async (manager) => [
      await outbox.enqueue(manager, {
        subject: 'rules.changed',
        msgId: 'once',
        payload: { a: 1 },
        headers: { traceparent: 'tp' },
      }),
      await outbox.enqueue(manager, { subject: 'rules.changed', msgId: 'once', payload: { a: 2 } }),
    ]);
    expect(stored).toEqual([true, false]);
    expect(await outbox.claimBatch(10)).toEqual([
      {
        id: expect.any(String),
        subject: 'rules.changed',
        msgId: 'once',
        payload: { a: 1 },
        headers: { traceparent: 'tp' },
      },
    ]);
  });

  it('never hands the same row to two concurrent claimers, and every row to someone', async () => {
    const total = 300;
    await enqueueMany(new OutboxRepository(db.dataSource), total);
    const relays = [
      new OutboxRepository(db.dataSource),
      new OutboxRepository(db.dataSource),
      new OutboxRepository(db.dataSource),
    ];
    const claimedBy = relays.map(() => [] as ClaimedOutboxMessage[]);
    await Promise.all(
      relays.map(async (relay, r) => {
        for (;;) {
          const batch = await relay.claimBatch(7);
          if (batch.length === 0) return;
          claimedBy[r]!.push(...batch);
        }
      }),
    );
    const ids = claimedBy.flat().map((m) => m.id);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    // Each relay got work, so the claimers really did overlap in time.
    expect(claimedBy.filter((c) => c.length > 0).length).toBeGreaterThan(1);
    for (const batch of claimedBy) {
      const mine = batch.map((m) => Number(m.id));
      expect(mine).toEqual([...mine].sort((a, b) => a - b));
    }
  });

  it('does not claim published rows again, and re-offers rows whose lease ran out', async () => {
    const outbox = new OutboxRepository(db.dataSource, 200);
    await enqueueMany(outbox, 4);
    const first = await outbox.claimBatch(2);
    expect(first.map((m) => m.msgId)).toEqual(['m-0', 'm-1']);
    await outbox.markPublished([first[0]!.id]);
    // m-1 is still leased, so the next claim continues after it.
    expect((await outbox.claimBatch(10)).map((m) => m.msgId)).toEqual(['m-2', 'm-3']);
    expect(await outbox.claimBatch(10)).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await outbox.claimBatch(10)).map((m) => m.msgId)).toEqual(['m-1', 'm-2', 'm-3']);
    expect(await outbox.countUnpublished()).toBe(3);
    await outbox.markPublished(['0']);
    await outbox.markPublished([]);
    expect(await outbox.countUnpublished()).toBe(3);
  });
  it('skips rows another transaction holds instead of waiting for them', async () => {
    const outbox = new OutboxRepository(db.dataSource);
    await enqueueMany(outbox, 6);
    const runner = db.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT id FROM outbox WHERE msg_id IN ('m-0', 'm-1') FOR UPDATE`);
      const claimed = await outbox.claimBatch(10);
      expect(claimed.map((m) => m.msgId)).toEqual(['m-2', 'm-3', 'm-4', 'm-5']);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect((await outbox.claimBatch(10)).map((m) => m.msgId)).toEqual(['m-0', 'm-1']);
  });
});
