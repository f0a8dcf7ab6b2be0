/**
 * One article in, its events stored and announced: the events and their `events.extracted` messages are
 * written in one transaction (transactional outbox), so an event is never stored without being published
 * nor published without being stored. Event ids are deterministic, so a redelivered article changes nothing.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SUBJECTS, type Article, type ExtractedEventMessage, type MarsadEvent } from '@marsad/contracts';
import { EventsRepository, OutboxRepository } from '@marsad/database';
import type { EventExtractor } from '@marsad/extraction';
import { PipelineMetrics, childTraceparent, parseTraceparent } from '@marsad/observability';

export const EVENT_EXTRACTOR = Symbol('EVENT_EXTRACTOR');

@Injectable()
export class ExtractionService {
  private readonly logger = new Logger(ExtractionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsRepository,
    private readonly outbox: OutboxRepository,
    private readonly metrics: PipelineMetrics,
    @Inject(EVENT_EXTRACTOR) private readonly extractor: EventExtractor,
  ) {}

  async processArticle(article: Article, traceparent?: string): Promise<MarsadEvent[]> {
    const stop = this.metrics.extractionSeconds.startTimer();
    const events = await this.extractor.extract({
      id: article.id,
      title: article.title ?? undefined,
      body: article.body,
      publishedAt: article.publishedAt ?? undefined,
      language: article.language ?? undefined,
    });
    stop();
    await this.dataSource.transaction(async (manager) => {
      await this.events.insertMany(events, article.tenantId, manager);
      for (const event of events) {
        const message: ExtractedEventMessage = {
          tenantId: article.tenantId,
          sourceId: article.sourceId,
          articleUrl: article.url,
          event,
        };
        await this.outbox.enqueue(manager, {
          tenantId: article.tenantId,
          subject: SUBJECTS.eventsExtracted,
          msgId: `event:${event.id}`,
          payload: message,
          headers: { traceparent: childTraceparent(traceparent) },
        });
      }
    });
    for (const e of events) this.metrics.eventsExtracted.inc({ type: e.type, language: e.language });
    this.logger.log(
      `article ${article.id}: ${events.length} event(s) [trace ${parseTraceparent(traceparent)?.traceId ?? '-'}]`,
    );
    return events;
  }
}
