/** Starts the extractor worker: consumes articles.ingested, stores events, publishes events.extracted. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@marsad/config';
import { PinoNestLogger, createLogger } from '@marsad/observability';
import { ExtractorModule } from './extractor.module';

async function main() {
  const config = loadConfig();
  const logger = createLogger({ name: 'extractor', level: config.logLevel });
  const app = await NestFactory.createApplicationContext(ExtractorModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  await app.init();
  logger.info('extractor is consuming articles.ingested');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
