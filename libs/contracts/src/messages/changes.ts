import { z } from 'zod';

/** Notice that watch rules changed; consumers refresh their cache (and also reconcile periodically). */
export const RulesChangedSchema = z.object({
  tenantId: z.string(),
  ruleId: z.string().uuid().nullable(),
  change: z.enum(['created', 'updated', 'deleted']),
  at: z.string().datetime({ offset: true }),
});
export type RulesChanged = z.infer<typeof RulesChangedSchema>;

/** Notice that sources changed; the ingestor's poll scheduler reschedules (and reconciles periodically). */
export const SourcesChangedSchema = z.object({
  tenantId: z.string(),
  sourceId: z.string().uuid(),
  change: z.enum(['created', 'updated', 'deleted']),
  at: z.string().datetime({ offset: true }),
});
export type SourcesChanged = z.infer<typeof SourcesChangedSchema>;
