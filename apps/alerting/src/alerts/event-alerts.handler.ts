/** JetStream consumer of `events.extracted`: hands each event to the alerting service; ack after it returns. */
import { Injectable } from '@nestjs/common';
import { SUBJECTS, type ExtractedEventMessage } from '@marsad/contracts';
import { JetStreamHandler } from '@marsad/messaging';
import { AlertingService } from './alerting.service';

@Injectable()
export class EventAlertsHandler {
  constructor(private readonly alerting: AlertingService) {}

  @JetStreamHandler({ subject: SUBJECTS.eventsExtracted, durable: 'alerting' })
  async onEvent(message: ExtractedEventMessage): Promise<void> {
    await this.alerting.handleEvent(message);
  }
}
