/**
 * The enabled watch rules of every tenant, compiled into a RuleIndex. Loaded at start, refreshed on
 * `rules.changed` (a plain NATS subscription: every replica must see every notice) and reconciled from
 * Postgres on a timer, so a missed notice heals within one interval.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { ExtractedEventMessage } from '@marsad/contracts';
import { WatchRulesRepository, type WatchRuleEntity } from '@marsad/database';
import { MessagingNames, NatsConnectionService } from '@marsad/messaging';
import { RuleIndex, parseWatchRule, type MatchedRule, type StoredWatchRule } from '@marsad/rules';
import { SUBJECTS } from '@marsad/contracts';

export const RULES_RECONCILE_MS = Symbol('RULES_RECONCILE_MS');

export function toStoredRule(entity: WatchRuleEntity): StoredWatchRule | { error: string } {
  const parsed = parseWatchRule({
    name: entity.name,
    enabled: entity.enabled,
    match: entity.match,
    throttle: entity.throttle,
  });
  if (!parsed.success) return { error: parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
  return { ...parsed.rule, id: entity.id, tenantId: entity.tenantId };
}

@Injectable()
export class RuleCacheService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RuleCacheService.name);
  private index = new RuleIndex();
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly rules: WatchRulesRepository,
    private readonly nats: NatsConnectionService,
    private readonly names: MessagingNames,
    @Inject(RULES_RECONCILE_MS) private readonly reconcileMs: number,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reload();
    const sub = this.nats.nc.subscribe(this.names.subject(SUBJECTS.rulesChanged), {
      callback: (err: Error | null) => {
        if (err) return;
        this.reload().catch((e: unknown) => this.logger.warn(`rule reload after notice failed: ${String(e)}`));
      },
    });
    this.unsubscribe = () => sub.unsubscribe();
    this.timer = setInterval(() => {
      this.reload().catch((e: unknown) => this.logger.warn(`rule reconcile failed: ${String(e)}`));
    }, this.reconcileMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
  }

  /** Rebuilds the index from Postgres; an invalid stored rule is skipped and logged, never fatal. */
  async reload(): Promise<number> {
    const entities = await this.rules.listEnabled();
    const next = new RuleIndex();
    for (const entity of entities) {
      const rule = toStoredRule(entity);
      if ('error' in rule) this.logger.warn(`watch rule ${entity.id} skipped: ${rule.error}`);
      else next.upsert(rule);
    }
    this.index = next;
    return next.size;
  }

  match(message: ExtractedEventMessage): MatchedRule[] {
    return this.index.match(message);
  }
}
