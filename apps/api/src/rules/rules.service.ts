/**
 * Watch rules: deep validation with libs/rules, storage, and a `rules.changed` notice written to the outbox in
 * the same transaction, so alerting instances refresh their rule cache (their periodic reconcile heals misses).
 */
import { Injectable, NotFoundException, ConflictException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SUBJECTS, type RulesChanged } from '@marsad/contracts';
import { OutboxRepository, WatchRulesRepository, type WatchRuleEntity } from '@marsad/database';
import { parseWatchRule } from '@marsad/rules';
import { ValidationProblem } from '../http/problem-details.filter';
import type { CreateWatchRuleDto, UpdateWatchRuleDto } from './dto/watch-rule.dto';

export interface WatchRuleView {
  id: string;
  object: 'watch_rule';
  name: string;
  enabled: boolean;
  match: Record<string, unknown>;
  throttle: Record<string, unknown> | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export function toRuleView(rule: WatchRuleEntity): WatchRuleView {
  return {
    id: rule.id,
    object: 'watch_rule',
    name: rule.name,
    enabled: rule.enabled,
    match: rule.match,
    throttle: rule.throttle,
    version: rule.version,
    created_at: rule.createdAt.toISOString(),
    updated_at: rule.updatedAt.toISOString(),
  };
}

function validated(input: unknown) {
  const result = parseWatchRule(input);
  if (!result.success) throw new ValidationProblem(result.issues, 'The watch rule is invalid.');
  return result.rule;
}

@Injectable()
export class RulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: WatchRulesRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  private async notify(
    manager: EntityManager,
    tenantId: string,
    rule: WatchRuleEntity,
    change: RulesChanged['change'],
  ) {
    const notice: RulesChanged = { tenantId, ruleId: rule.id, change, at: new Date().toISOString() };
    await this.outbox.enqueue(manager, {
      tenantId,
      subject: SUBJECTS.rulesChanged,
      msgId: `rule:${rule.id}:${change}:${rule.version}`,
      payload: notice,
    });
  }

  async create(tenantId: string, dto: CreateWatchRuleDto): Promise<WatchRuleView> {
    const rule = validated(dto);
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.rules.create({ tenantId, ...rule, throttle: rule.throttle ?? null }, manager);
      await this.notify(manager, tenantId, saved, 'created');
      return toRuleView(saved);
    });
  }

  async get(tenantId: string, id: string): Promise<WatchRuleView> {
    const rule = await this.rules.get(id, tenantId);
    if (!rule) throw new NotFoundException(`No watch rule ${id}`);
    return toRuleView(rule);
  }

  async update(
    tenantId: string,
    id: string,
    dto: UpdateWatchRuleDto,
    expectedVersion?: number,
  ): Promise<WatchRuleView> {
    const current = await this.rules.get(id, tenantId);
    if (!current) throw new NotFoundException(`No watch rule ${id}`);
    const merged = validated({
      name: dto.name ?? current.name,
      enabled: dto.enabled ?? current.enabled,
      match: dto.match ?? current.match,
      throttle: dto.throttle === undefined ? current.throttle : dto.throttle,
    });
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.rules.update(
        id,
        tenantId,
        { ...merged, throttle: merged.throttle ?? null },
        expectedVersion,
        manager,
      );
      if (!saved)
        throw new ConflictException(`Watch rule ${id} changed meanwhile (version ${expectedVersion}); reload it`);
      await this.notify(manager, tenantId, saved, 'updated');
      return toRuleView(saved);
    });
  }

  async remove(tenantId: string, id: string): Promise<void> {
    const current = await this.rules.get(id, tenantId);
    if (!current) throw new NotFoundException(`No watch rule ${id}`);
    await this.dataSource.transaction(async (manager) => {
      await this.rules.softDelete(id, tenantId, manager);
      await this.notify(manager, tenantId, current, 'deleted');
    });
  }

  async list(tenantId: string, limit: number, startingAfter?: string) {
    const page = await this.rules.list({ tenantId, limit, startingAfter });
    return { data: page.data.map(toRuleView), hasMore: page.hasMore };
  }
}
