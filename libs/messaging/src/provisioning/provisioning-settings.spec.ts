import { AckPolicy } from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';
import { MessagingNames } from '../naming/messaging-names';
import { consumerSettings } from './ensure-consumer';
import { DEFAULT_STREAM_POLICY, streamSettings } from './ensure-streams';

describe('streamSettings', () => {
  it('uses file storage, limits retention, a 2-minute dedup window and a week of history', () => {
    const spec = new MessagingNames('T1').streams().find((s) => s.key === 'articles');
    if (!spec) throw new Error('articles stream missing');
    expect(streamSettings(spec, DEFAULT_STREAM_POLICY)).toMatchObject({
      name: 'T1_ARTICLES',
      subjects: ['t1.articles.>'],
      storage: 'file',
      retention: 'limits',
      duplicate_window: nanos(120_000),
      max_age: nanos(7 * 24 * 3600 * 1000),
    });
  });
});

describe('consumerSettings', () => {
  const base = {
    stream: 'S',
    durable: 'extractor',
    filterSubject: 'articles.ingested',
    maxDeliver: 3,
    ackWaitMs: 30_000,
  };

  it('is an explicit-ack durable pull consumer on one subject', () => {
    const settings = consumerSettings(base);
    expect(settings).toMatchObject({
      durable_name: 'extractor',
      ack_policy: AckPolicy.Explicit,
      filter_subject: 'articles.ingested',
      max_deliver: 3,
      ack_wait: nanos(30_000),
    });
    expect(settings.backoff).toBeUndefined();
    expect(settings.deliver_subject).toBeUndefined();
  });

  it('trims the server backoff below max_deliver, as the server requires', () => {
    expect(consumerSettings({ ...base, ackTimeoutBackoffMs: [1000, 2000, 3000, 4000] }).backoff).toEqual([
      nanos(1000),
      nanos(2000),
    ]);
  });

  it('refuses durable names NATS would reject', () => {
    expect(() => consumerSettings({ ...base, durable: 'a.b' })).toThrow(/Invalid durable name/);
  });
});
