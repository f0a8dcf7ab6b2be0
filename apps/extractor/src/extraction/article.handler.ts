/** JetStream consumer of `articles.ingested`: extraction per article, ack once events are stored. */
import { Injectable } from '@nestjs/common';
import { SUBJECTS, type Article } from '@marsad/contracts';
import { JetStreamHandler, type MessageContext } from '@marsad/messaging';
import { ExtractionService } from './extraction.service';

@Injectable()
export class ArticleHandler {
  constructor(private readonly extraction: ExtractionService) {}

  @JetStreamHandler({ subject: SUBJECTS.articlesIngested, durable: 'extractor' })
  async onArticle(article: Article, context: MessageContext): Promise<void> {
    await this.extraction.processArticle(article, context.traceparent);
  }
}
