/**
 * Starts the ingestor service (publishes stored articles through the outbox; feed polling comes with the
 * ingestion issue). With `import PATH...` it imports files or directories of articles and exits once they
 * are all published.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@marsad/config';
import { OutboxRelayService } from '@marsad/messaging';
import { PinoNestLogger, createLogger } from '@marsad/observability';
import { IngestionService } from './articles/ingestion.service';
import { IngestorModule } from './ingestor.module';

async function main(argv: string[]) {
  const config = loadConfig();
  const logger = createLogger({ name: 'ingestor', level: config.logLevel });
  const app = await NestFactory.createApplicationContext(IngestorModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  await app.init();
  const [command, ...paths] = argv;
  if (command !== 'import') {
    logger.info('ingestor is running');
    return;
  }
  if (!paths.length) throw new Error('usage: npm run ingest -- PATH [PATH...]');
  const ingestion = app.get(IngestionService);
  let rejected = 0;
  for (const path of paths) {
    const report = await ingestion.importPath(path);
    for (const r of report.rejected) console.error(`rejected ${r.origin}: ${r.error}`);
    console.log(`${path}: ${report.accepted} new, ${report.duplicates} duplicate, ${report.rejected.length} rejected`);
    rejected += report.rejected.length;
  }
  await app.get(OutboxRelayService).flush();
  await app.close();
  process.exitCode = rejected ? 1 : 0;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
