import { z } from 'zod';

/** Notice that watch rules changed; consumers refresh their cache (and also reconcile periodically). */
export const RulesChangedSchema = z.object({
  tenantId: z.string(),
  ruleId: z.string().uuid().nullable(),
  change: z.enum(['created', 'updated', 'deleted']),
  at: z.string().datetime({ offset: true }),
});
export type RulesChanged = z.infer<typeof RulesChangedSchema>;
