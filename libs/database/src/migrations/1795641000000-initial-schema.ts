// The initial schema, as explicit SQL: every table, named constraint and index Marsad needs, in the configured schema.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { qualifiedName, schemaOf } from '../shared/sql-names';

export class InitialSchema1795641000000 implements MigrationInterface {
  name = 'InitialSchema1795641000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Qualified names, so the migration lands in the configured schema even if search_path were different.
    const t = (table: string) => qualifiedName(schemaOf(queryRunner.connection), table);
    const tenantId = `tenant_id text NOT NULL DEFAULT 'default'`;
    const createdAt = `created_at timestamptz NOT NULL DEFAULT now()`;
    const updatedAt = `updated_at timestamptz NOT NULL DEFAULT now()`;
    const statements = [
      `CREATE TABLE ${t('tenants')} (
        id text NOT NULL,
        name text NOT NULL,
        ${createdAt},
        CONSTRAINT pk_tenants PRIMARY KEY (id))`,
      `INSERT INTO ${t('tenants')} (id, name) VALUES ('default', 'Default tenant')`,

      `CREATE TABLE ${t('api_keys')} (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        ${tenantId},
        prefix text NOT NULL,
        hash text NOT NULL,
        name text NOT NULL,
        ${createdAt},
        revoked_at timestamptz NULL,
        CONSTRAINT pk_api_keys PRIMARY KEY (id),
        CONSTRAINT uq_api_keys_prefix UNIQUE (prefix),
        CONSTRAINT fk_api_keys_tenant FOREIGN KEY (tenant_id) REFERENCES ${t('tenants')} (id) ON DELETE CASCADE)`,

      `CREATE TABLE ${t('sources')} (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        ${tenantId},
        name text NOT NULL,
        kind text NOT NULL,
        url text NULL,
        enabled boolean NOT NULL DEFAULT true,
        poll_interval_seconds integer NOT NULL DEFAULT 900,
        ${createdAt},
        ${updatedAt},
        CONSTRAINT pk_sources PRIMARY KEY (id),
        CONSTRAINT uq_sources_tenant_name UNIQUE (tenant_id, name),
        CONSTRAINT ck_sources_kind CHECK (kind IN ('rss', 'atom', 'json', 'page', 'push', 'file')),
        CONSTRAINT ck_sources_poll_interval CHECK (poll_interval_seconds > 0))`,
      `CREATE INDEX ix_sources_tenant_created ON ${t('sources')} (tenant_id, created_at, id)`,

      `CREATE TABLE ${t('articles')} (
        id text NOT NULL,
        ${tenantId},
        url text NULL,
        canonical_url text NULL,
        source_id text NULL,
        title text NULL,
        body text NOT NULL,
        language text NULL,
        published_at timestamptz NULL,
        fetched_at timestamptz NOT NULL,
        content_hash char(64) NOT NULL,
        ${createdAt},
        CONSTRAINT pk_articles PRIMARY KEY (id),
        CONSTRAINT uq_articles_tenant_content_hash UNIQUE (tenant_id, content_hash))`,
      `CREATE INDEX ix_articles_tenant_created ON ${t('articles')} (tenant_id, created_at, id)`,

      `CREATE TABLE ${t('events')} (
        id text NOT NULL,
        ${tenantId},
        article_id text NOT NULL,
        type text NOT NULL,
        mode text NULL,
        actor jsonb NULL,
        target jsonb NULL,
        location jsonb NULL,
        country char(2) NULL,
        lat double precision NULL,
        lon double precision NULL,
        date date NULL,
        killed integer NULL,
        injured integer NULL,
        size integer NULL,
        negated boolean NOT NULL DEFAULT false,
        attribution text NULL,
        evidence jsonb NOT NULL,
        language text NOT NULL,
        confidence real NOT NULL,
        extractor jsonb NOT NULL,
        ${createdAt},
        CONSTRAINT pk_events PRIMARY KEY (id))`,
      `CREATE INDEX ix_events_tenant_created ON ${t('events')} (tenant_id, created_at, id)`,
      `CREATE INDEX ix_events_type ON ${t('events')} (type)`,
      `CREATE INDEX ix_events_country ON ${t('events')} (country)`,
      `CREATE INDEX ix_events_article ON ${t('events')} (article_id)`,

      `CREATE TABLE ${t('watch_rules')} (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        ${tenantId},
        name text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        match jsonb NOT NULL,
        throttle jsonb NULL,
        version integer NOT NULL DEFAULT 1,
        ${createdAt},
        ${updatedAt},
        deleted_at timestamptz NULL,
        CONSTRAINT pk_watch_rules PRIMARY KEY (id))`,
      `CREATE INDEX ix_watch_rules_tenant_created ON ${t('watch_rules')} (tenant_id, created_at, id)`,
      `CREATE INDEX ix_watch_rules_enabled ON ${t('watch_rules')} (tenant_id) WHERE enabled AND deleted_at IS NULL`,

      `CREATE TABLE ${t('subscriptions')} (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        ${tenantId},
        name text NOT NULL,
        url text NOT NULL,
        secret text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        rule_ids uuid[] NULL,
        disabled_reason text NULL,
        ${createdAt},
        ${updatedAt},
        CONSTRAINT pk_subscriptions PRIMARY KEY (id))`,
      `CREATE INDEX ix_subscriptions_tenant_created ON ${t('subscriptions')} (tenant_id, created_at, id)`,

      `CREATE TABLE ${t('alerts')} (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        ${tenantId},
        rule_id uuid NOT NULL,
        event_id text NOT NULL,
        payload jsonb NOT NULL,
        ${createdAt},
        CONSTRAINT pk_alerts PRIMARY KEY (id),
        CONSTRAINT uq_alerts_rule_event UNIQUE (rule_id, event_id),
        CONSTRAINT fk_alerts_rule FOREIGN KEY (rule_id) REFERENCES ${t('watch_rules')} (id) ON DELETE CASCADE,
        CONSTRAINT fk_alerts_event FOREIGN KEY (event_id) REFERENCES ${t('events')} (id) ON DELETE CASCADE)`,
      `CREATE INDEX ix_alerts_tenant_created ON ${t('alerts')} (tenant_id, created_at, id)`,
      `CREATE INDEX ix_alerts_event ON ${t('alerts')} (event_id)`,

      `CREATE TABLE ${t('deliveries')} (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        ${tenantId},
        alert_id uuid NOT NULL,
        subscription_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        last_status_code integer NULL,
        last_error text NULL,
        next_attempt_at timestamptz NULL,
        delivered_at timestamptz NULL,
        ${createdAt},
        ${updatedAt},
        CONSTRAINT pk_deliveries PRIMARY KEY (id),
        CONSTRAINT uq_deliveries_alert_subscription UNIQUE (alert_id, subscription_id),
        CONSTRAINT ck_deliveries_status CHECK (status IN ('pending', 'delivering', 'succeeded', 'failed', 'dead')),
        CONSTRAINT fk_deliveries_alert FOREIGN KEY (alert_id) REFERENCES ${t('alerts')} (id) ON DELETE CASCADE,
        CONSTRAINT fk_deliveries_subscription FOREIGN KEY (subscription_id)
          REFERENCES ${t('subscriptions')} (id) ON DELETE CASCADE)`,
      `CREATE INDEX ix_deliveries_subscription ON ${t('deliveries')} (subscription_id)`,
      `CREATE INDEX ix_deliveries_due ON ${t('deliveries')} (next_attempt_at) WHERE status IN ('pending', 'failed')`,

      `CREATE TABLE ${t('outbox')} (
        id bigserial NOT NULL,
        ${tenantId},
        subject text NOT NULL,
        msg_id text NOT NULL,
        payload jsonb NOT NULL,
        headers jsonb NULL,
        ${createdAt},
        published_at timestamptz NULL,
        claimed_until timestamptz NULL,
        CONSTRAINT pk_outbox PRIMARY KEY (id),
        CONSTRAINT uq_outbox_msg_id UNIQUE (msg_id))`,
      `CREATE INDEX ix_outbox_unpublished ON ${t('outbox')} (id) WHERE published_at IS NULL`,

      `CREATE TABLE ${t('idempotency_keys')} (
        ${tenantId},
        key text NOT NULL,
        request_hash text NOT NULL,
        status_code integer NOT NULL,
        response jsonb NULL,
        ${createdAt},
        CONSTRAINT pk_idempotency_keys PRIMARY KEY (tenant_id, key))`,
      `CREATE INDEX ix_idempotency_keys_created ON ${t('idempotency_keys')} (created_at)`,
    ];
    for (const sql of statements) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const t = (table: string) => qualifiedName(schemaOf(queryRunner.connection), table);
    // Reverse dependency order; CASCADE is not used so an unexpected dependent object stops the revert loudly.
    const tables = [
      'idempotency_keys',
      'outbox',
      'deliveries',
      'alerts',
      'subscriptions',
      'watch_rules',
      'events',
      'articles',
      'sources',
      'api_keys',
      'tenants',
    ];
    for (const table of tables) await queryRunner.query(`DROP TABLE IF EXISTS ${t(table)}`);
  }
}
