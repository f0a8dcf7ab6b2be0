/** Starts the HTTP front door: REST + OpenAPI (/docs), queue dashboards (/admin/queues), health, metrics. */
import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@marsad/config';
import { PinoNestLogger, createLogger } from '@marsad/observability';
import { AppModule } from './app.module';
import { setupSwagger } from './http/swagger';

export async function createApi(config = loadConfig()) {
  const logger = createLogger({ name: 'api', level: config.logLevel });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.enableShutdownHooks();
  setupSwagger(app);
  return app;
}

async function main() {
  const config = loadConfig();
  const app = await createApi(config);
  await app.listen(config.http.port, '0.0.0.0');
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
