import { z } from 'zod';
import { PloverTypeSchema } from '../plover';

export const EventActorSchema = z.object({
  name: z.string(),
  id: z.string().nullable(),
  kind: z.string().nullable(),
  country: z.string().nullable(),
  /** Other names of the actor: the form written in the article first, then dictionary names. */
  aliases: z.array(z.string()).max(10).optional(),
});
export type EventActor = z.infer<typeof EventActorSchema>;

export const EventLocationSchema = z.object({
  name: z.string(),
  country: z.string().length(2).nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  admin1: z.string().nullable().optional(),
  geonameId: z.number().int().nullable().optional(),
});
export type EventLocation = z.infer<typeof EventLocationSchema>;

export const EvidenceSchema = z.object({
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** One structured event: the line format of `npm run extract` and the payload of `events.extracted`. */
export const EventSchema = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  type: PloverTypeSchema,
  mode: z.string().nullable(),
  actor: EventActorSchema.nullable(),
  target: EventActorSchema.nullable(),
  location: EventLocationSchema.nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  killed: z.number().int().min(0).nullable(),
  injured: z.number().int().min(0).nullable(),
  size: z.number().int().min(0).nullable(),
  negated: z.boolean(),
  attribution: z.string().nullable(),
  evidence: EvidenceSchema,
  language: z.string(),
  confidence: z.number().min(0).max(1),
  extractor: z.object({ name: z.string(), version: z.string() }),
});
export type MarsadEvent = z.infer<typeof EventSchema>;

/** What the extractor publishes on `events.extracted`: the event plus where it came from. */
export const ExtractedEventMessageSchema = z.object({
  tenantId: z.string().default('default'),
  sourceId: z.string().nullable().default(null),
  articleUrl: z.string().nullable().default(null),
  event: EventSchema,
});
export type ExtractedEventMessage = z.infer<typeof ExtractedEventMessageSchema>;
