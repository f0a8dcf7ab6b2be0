import { z } from 'zod';

/** Environment schema, split per area. Defaults match a machine with the services on their standard ports. */
const port = z.coerce.number().int().min(1).max(65535);

export const DatabaseEnv = z.object({
  DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/marsad'),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('public'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_MIGRATE_ON_START: z.stringbool().default(true),
});

export const NatsEnv = z.object({
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  NATS_STREAM_PREFIX: z
    .string()
    .regex(/^[A-Z0-9_]*$/)
    .default(''),
  NATS_MAX_DELIVER: z.coerce.number().int().min(1).max(100).default(5),
});

export const RedisEnv = z.object({
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/)
    .default('marsad'),
});

export const HttpEnv = z.object({
  API_PORT: port.default(3000),
  ADMIN_USER: z.string().default('admin'),
  ADMIN_PASSWORD: z.string().default('marsad'),
});

export const WebhookEnv = z.object({
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(15_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  // Off in production: blocks deliveries to private and loopback addresses (SSRF). Demo and tests deliver locally.
  WEBHOOK_ALLOW_PRIVATE: z.stringbool().default(false),
});

/** The rule extractor is the default; an OpenAI-compatible endpoint can be put in front of it (rules as fallback). */
export const ExtractorEnv = z
  .object({
    EXTRACTOR: z.enum(['rule', 'llm']).default('rule'),
    LLM_BASE_URL: z.string().url().optional(),
    LLM_API_KEY: z.string().optional(),
    LLM_MODEL: z.string().default('gpt-4o-mini'),
    LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
    // Wall-clock time the rule extractor may spend on one article before it is stopped and dead-lettered.
    EXTRACTION_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
    // Worker threads of the rule extractor, each reading one article at a time (the consumer takes as many at once).
    EXTRACTION_WORKERS: z.coerce.number().int().min(1).max(32).default(1),
  })
  .refine((e) => e.EXTRACTOR !== 'llm' || e.LLM_BASE_URL, {
    message: 'EXTRACTOR=llm needs LLM_BASE_URL (an OpenAI-compatible endpoint)',
    path: ['LLM_BASE_URL'],
  });

export const LogEnv = z.object({
  // Worker apps serve /metrics and /health/* on this port; 0 turns the endpoint off (the api has its own).
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
});

export const EnvSchema = DatabaseEnv.and(NatsEnv)
  .and(RedisEnv)
  .and(HttpEnv)
  .and(WebhookEnv)
  .and(ExtractorEnv)
  .and(LogEnv);
export type Env = z.infer<typeof EnvSchema>;
