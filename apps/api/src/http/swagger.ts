/** OpenAPI document and UI at /docs (JSON at /docs-json). */
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export function setupSwagger(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Marsad API')
    .setDescription(
      'Watch rules, webhook subscriptions, sources, alerts and events of Marsad, the news-event observatory. ' +
        'Errors are RFC 9457 problem+json; lists use cursor pagination (limit, starting_after, has_more).',
    )
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config));
}
