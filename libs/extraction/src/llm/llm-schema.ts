// What an LLM is asked to return (a JSON schema for response_format) and how each returned event is validated:
// invalid events are dropped, valid ones are completed (id, extractor, evidence offsets found in the body).
import { z } from 'zod';
import { EventActorSchema, EventLocationSchema, PLOVER_TYPES, PloverTypeSchema } from '@marsad/contracts';

export const LlmEventSchema = z.object({
  type: PloverTypeSchema,
  mode: z.string().nullable().default(null),
  actor: EventActorSchema.nullable().default(null),
  target: EventActorSchema.nullable().default(null),
  location: EventLocationSchema.nullable().default(null),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  killed: z.number().int().min(0).nullable().default(null),
  injured: z.number().int().min(0).nullable().default(null),
  size: z.number().int().min(0).nullable().default(null),
  negated: z.boolean().default(false),
  attribution: z.string().nullable().default(null),
  evidence: z.string().min(1),
  confidence: z.number().min(0).max(1).default(0.5),
});
export type LlmEvent = z.infer<typeof LlmEventSchema>;

const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const actorSchema = nullable({
  type: 'object',
  additionalProperties: false,
  required: ['name', 'id', 'kind', 'country'],
  properties: {
    name: { type: 'string' },
    id: nullable({ type: 'string' }),
    kind: nullable({ type: 'string' }),
    country: nullable({ type: 'string' }),
  },
});

/** JSON schema for response_format: { events: [...] } with evidence quoted verbatim from the article. */
export const LLM_RESPONSE_JSON_SCHEMA = {
  name: 'marsad_events',
  strict: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['events'],
    properties: {
      events: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: [
            'type',
            'mode',
            'actor',
            'target',
            'location',
            'date',
            'killed',
            'injured',
            'size',
            'negated',
            'attribution',
            'evidence',
            'confidence',
          ],
          properties: {
            type: { type: 'string', enum: [...PLOVER_TYPES] },
            mode: nullable({ type: 'string' }),
            actor: actorSchema,
            target: actorSchema,
            location: nullable({
              type: 'object',
              additionalProperties: false,
              required: ['name', 'country', 'lat', 'lon'],
              properties: {
                name: { type: 'string' },
                country: nullable({ type: 'string' }),
                lat: { type: 'number' },
                lon: { type: 'number' },
              },
            }),
            date: nullable({ type: 'string' }),
            killed: nullable({ type: 'integer' }),
            injured: nullable({ type: 'integer' }),
            size: nullable({ type: 'integer' }),
            negated: { type: 'boolean' },
            attribution: nullable({ type: 'string' }),
            evidence: { type: 'string', description: 'the clause of the article, copied verbatim' },
            confidence: { type: 'number' },
          },
        },
      },
    },
  },
} as const;
