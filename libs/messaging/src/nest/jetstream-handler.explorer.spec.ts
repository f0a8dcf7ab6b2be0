import 'reflect-metadata';
import { JETSTREAM_HANDLER, JetStreamHandler } from './jetstream-handler.decorator';
import { assertOneHandlerPerConsumer, concurrencyOf } from './jetstream-handler.explorer';

describe('JetStreamHandler', () => {
  it('records its options on the method', () => {
    class Sink {
      @JetStreamHandler({ subject: 'events.extracted', durable: 'alerting', maxDeliver: 4 })
      async onEvent(): Promise<void> {}
    }
    expect(Reflect.getMetadata(JETSTREAM_HANDLER, Sink.prototype.onEvent)).toEqual({
      subject: 'events.extracted',
      durable: 'alerting',
      maxDeliver: 4,
    });
  });
});

describe('assertOneHandlerPerConsumer', () => {
  it('accepts different durables on one subject', () => {
    expect(() =>
      assertOneHandlerPerConsumer([
        { owner: 'A.a', options: { subject: 'events.extracted', durable: 'alerting' } },
        { owner: 'B.b', options: { subject: 'events.extracted', durable: 'archive' } },
      ]),
    ).not.toThrow();
  });

  it('refuses two handlers on one durable', () => {
    expect(() =>
      assertOneHandlerPerConsumer([
        { owner: 'A.a', options: { subject: 'events.extracted', durable: 'alerting' } },
        { owner: 'B.b', options: { subject: 'events.extracted', durable: 'alerting' } },
      ]),
    ).toThrow(/Both A.a and B.b/);
  });
});

describe('concurrencyOf', () => {
  it("takes the handler's own setting first, then the deployment's for its durable", () => {
    const module = { consumerConcurrency: { extractor: 4 } };
    expect(concurrencyOf({ durable: 'extractor' }, module)).toBe(4);
    expect(concurrencyOf({ durable: 'extractor', concurrency: 2 }, module)).toBe(2);
    expect(concurrencyOf({ durable: 'alerting' }, module)).toBeUndefined();
    expect(concurrencyOf({ durable: 'extractor' }, {})).toBeUndefined();
  });
});
