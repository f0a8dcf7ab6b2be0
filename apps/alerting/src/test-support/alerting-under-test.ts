/**
 * Boots the alerting app in-process (Nest application context) for integration specs, with helpers to publish
 * `events.extracted` / `rules.changed` and to wait until the durable consumer has acked a published message.
 */
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '@marsad/config';
import { SUBJECTS, type ExtractedEventMessage, type MarsadEvent } from '@marsad/contracts';
import { sampleEvent } from '@marsad/testing';
import { EventsRepository } from '@marsad/database';
import { JetStreamPublisher, NatsConnectionService } from '@marsad/messaging';
import { AlertingModule, type AlertingOptions } from '../alerting.module';

export interface AlertingUnderTest {
  app: INestApplicationContext;
  /** Stores the event (alerts reference it) and publishes it; resolves with the stream sequence. */
  storeAndPublish(message: ExtractedEventMessage, msgId?: string): Promise<number>;
  publish(message: ExtractedEventMessage, msgId: string): Promise<number>;
  notifyRuleChanged(ruleId: string, change: 'created' | 'updated' | 'deleted'): Promise<void>;
  /** Whether the `alerting` consumer has acked every message up to this stream sequence. */
  consumedUpTo(seq: number): Promise<boolean>;
  close(): Promise<void>;
}

export async function startAlertingUnderTest(
  config: AppConfig,
  options: AlertingOptions = {},
): Promise<AlertingUnderTest> {
  const app = await NestFactory.createApplicationContext(AlertingModule.forRoot(config, options), {
    logger: false,
  });
  await app.init();
  const publisher = app.get(JetStreamPublisher);
  const connection = app.get(NatsConnectionService);
  const events = app.get(EventsRepository);
  // Idempotent, so a spec may close the app itself and still have afterAll close it safely.
  let closed: Promise<void> | undefined;
  const publish = async (message: ExtractedEventMessage, msgId: string) =>
    (await publisher.publish(SUBJECTS.eventsExtracted, message, { msgId })).seq;
  return {
    app,
    publish,
    async storeAndPublish(message, msgId = `event:${message.event.id}`) {
      await events.insertMany([message.event], message.tenantId);
      return publish(message, msgId);
    },
    async notifyRuleChanged(ruleId, change) {
      await publisher.publish(
        SUBJECTS.rulesChanged,
        { tenantId: 'default', ruleId, change, at: new Date().toISOString() },
        { msgId: `test:${ruleId}:${change}:${randomUUID()}` },
      );
    },
    async consumedUpTo(seq) {
      const info = await connection.jsm.consumers.info(connection.names.stream('events'), 'alerting');
      return info.ack_floor.stream_seq >= seq && info.num_ack_pending === 0;
    },
    close: () => (closed ??= app.close()),
  };
}

/** A valid `events.extracted` message; `sourceId` lets a spec aim it at its own rules only. */
export function eventMessage(sourceId: string, event: Partial<MarsadEvent> = {}): ExtractedEventMessage {
  return {
    tenantId: 'default',
    sourceId,
    articleUrl: 'https://news.example/a/1',
    event: sampleEvent({
      location: { name: 'Palmyra', country: 'SY', lat: 34.55, lon: 38.27 },
      evidence: { text: 'air strikes on Palmyra killed 3', start: 0, end: 31 },
      confidence: 0.9,
      ...event,
    }),
  };
}
