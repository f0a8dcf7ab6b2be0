// `npm run migrate` (add `-- --revert` to undo the last migration): creates database and schema if missing, then migrates.
import { loadConfig } from '@marsad/config';
import { redactUrl } from '../data-source/ensure-database';
import { revertLastMigration, runMigrations } from '../data-source/run-migrations';

async function main(args: string[]): Promise<void> {
  const cfg = loadConfig().database;
  const where = `${redactUrl(cfg.url)} (schema ${cfg.schema})`;
  if (args.includes('--revert')) {
    const reverted = await revertLastMigration(cfg);
    console.log(reverted ? `Reverted ${reverted} on ${where}` : `Nothing to revert on ${where}`);
    return;
  }
  const ran = await runMigrations(cfg);
  if (ran.length === 0) console.log(`Database is up to date: ${where}`);
  for (const name of ran) console.log(`Ran ${name} on ${where}`);
}

function explain(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  // A newcomer should learn which service is missing, not read a stack trace.
  if (code === 'ECONNREFUSED')
    return 'PostgreSQL is not reachable. Start it (`docker compose up -d postgres`) or run `npm run doctor`.';
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Migration failed: ${explain(error)}`);
  process.exitCode = 1;
});
