/**
 * Loads the demo watch rules and subscriber from seeds/ into the database (idempotent: fixed ids, upserts).
 * Every rule goes through the same validation as the API's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@marsad/config';
import { SubscriptionEntity, WatchRuleEntity, openDatabase } from '@marsad/database';
import { parseWatchRule } from '@marsad/rules';

const seeds = join(__dirname, '..', 'seeds');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(seeds, file), 'utf8')) as T;

interface SeedRule {
  id: string;
  name: string;
  enabled: boolean;
  match: unknown;
  throttle?: unknown;
}
interface SeedSubscriber {
  id: string;
  name: string;
  url: string;
  secret: string;
  enabled: boolean;
}

async function main() {
  const config = loadConfig();
  const dataSource = await openDatabase({ ...config.database, migrateOnStart: true }, 'marsad-seed');
  try {
    for (const seed of read<SeedRule[]>('rules.json')) {
      const parsed = parseWatchRule({
        name: seed.name,
        enabled: seed.enabled,
        match: seed.match,
        throttle: seed.throttle,
      });
      if (!parsed.success)
        throw new Error(
          `seeds/rules.json "${seed.name}": ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        );
      const { name, enabled, match, throttle } = parsed.rule;
      await dataSource.getRepository(WatchRuleEntity).upsert(
        {
          id: seed.id,
          tenantId: 'default',
          name,
          enabled,
          match: match as never,
          throttle: (throttle ?? null) as never,
          deletedAt: null,
        },
        ['id'],
      );
    }
    for (const s of read<SeedSubscriber[]>('subscribers.json')) {
      await dataSource.getRepository(SubscriptionEntity).upsert(
        {
          id: s.id,
          tenantId: 'default',
          name: s.name,
          url: s.url,
          secret: s.secret,
          enabled: s.enabled,
          ruleIds: null,
          disabledReason: null,
        },
        ['id'],
      );
    }
    console.log('seeded watch rules and the demo subscriber');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
