import 'reflect-metadata';
import { JETSTREAM_HANDLER, JetStreamHandler } from './jetstream-handler.decorator';
import { assertOneHandlerPerConsumer } from './jetstream-handler.explorer';

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
