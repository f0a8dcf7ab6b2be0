/** Starts the alerting worker: consumes events.extracted, records alerts, delivers webhooks. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@marsad/config';
import { PinoNestLogger, createLogger } from '@marsad/observability';
import { AlertingModule } from './alerting.module';

async function main() {
  const config = loadConfig();
  const logger = createLogger({ name: 'alerting', level: config.logLevel });
  const app = await NestFactory.createApplicationContext(AlertingModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  await app.init();
  logger.info('alerting is consuming events.extracted');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
