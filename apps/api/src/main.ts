/** Starts the HTTP front door: REST + OpenAPI (/docs), queue dashboards (/admin/queues), health, metrics. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@marsad/config';
import { PinoNestLogger, createLogger } from '@marsad/observability';
import { AppModule } from './app.module';
import { setupSwagger } from './http/swagger';
import { createValidationPipe } from './http/validation-issues';

export async function createApi(config = loadConfig()) {
  const logger = createLogger({ name: 'api', level: config.logLevel });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(createValidationPipe());
  setupSwagger(app);
  return app;
}

async function main() {
  const config = loadConfig();
  const app = await createApi(config);
  // Only the process entry point listens for signals; an app built in a test is closed by the test.
  app.enableShutdownHooks();
  await app.listen(config.http.port, '0.0.0.0');
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
