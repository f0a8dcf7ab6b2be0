/**
 * Webhook subscriptions. The signing secret (Standard Webhooks `whsec_…`) is generated here and shown only in
 * the answer to create and rotate; lists and reads never return it.
 */
import { Injectable, NotFoundException } from '@nestjs/common';
import { SubscriptionsRepository, type SubscriptionEntity } from '@marsad/database';
import { generateWebhookSecret } from '@marsad/webhooks';
import type { CreateSubscriptionDto, UpdateSubscriptionDto } from './dto/subscription.dto';

export interface SubscriptionView {
  id: string;
  object: 'subscription';
  name: string;
  url: string;
  enabled: boolean;
  rule_ids: string[] | null;
  disabled_reason: string | null;
  created_at: string;
  secret?: string;
}

function toView(s: SubscriptionEntity, withSecret = false): SubscriptionView {
  return {
    id: s.id,
    object: 'subscription',
    name: s.name,
    url: s.url,
    enabled: s.enabled,
    rule_ids: s.ruleIds,
    disabled_reason: s.disabledReason,
    created_at: s.createdAt.toISOString(),
    ...(withSecret ? { secret: s.secret } : {}),
  };
}

@Injectable()
export class SubscriptionsService {
  constructor(private readonly subscriptions: SubscriptionsRepository) {}

  async create(tenantId: string, dto: CreateSubscriptionDto): Promise<SubscriptionView> {
    const saved = await this.subscriptions.create({ tenantId, ...dto, secret: generateWebhookSecret() });
    return toView(saved, true);
  }

  async get(tenantId: string, id: string): Promise<SubscriptionView> {
    const s = await this.subscriptions.get(id, tenantId);
    if (!s) throw new NotFoundException(`No subscription ${id}`);
    return toView(s);
  }

  async update(tenantId: string, id: string, dto: UpdateSubscriptionDto): Promise<SubscriptionView> {
    // Re-enabling clears the reason it was disabled (e.g. a 410 from the endpoint).
    const patch = dto.enabled ? { ...dto, disabledReason: null } : dto;
    const s = await this.subscriptions.update(id, tenantId, patch);
    if (!s) throw new NotFoundException(`No subscription ${id}`);
    return toView(s);
  }

  async rotateSecret(tenantId: string, id: string): Promise<SubscriptionView> {
    const s = await this.subscriptions.update(id, tenantId, { secret: generateWebhookSecret() });
    if (!s) throw new NotFoundException(`No subscription ${id}`);
    return toView(s, true);
  }

  async remove(tenantId: string, id: string): Promise<void> {
    if (!(await this.subscriptions.delete(id, tenantId))) throw new NotFoundException(`No subscription ${id}`);
  }

  async list(tenantId: string, limit: number, startingAfter?: string) {
    const page = await this.subscriptions.list({ tenantId, limit, startingAfter });
    return { data: page.data.map((s) => toView(s)), hasMore: page.hasMore };
  }
}
