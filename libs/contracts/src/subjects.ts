import { z } from 'zod';
import { ArticleSchema } from './messages/article';
import { ExtractedEventMessageSchema } from './messages/event';
import { RulesChangedSchema, SourcesChangedSchema } from './messages/changes';

/** Every NATS subject and the schema of its payload, in one place. */
export const SUBJECTS = {
  articlesIngested: 'articles.ingested',
  eventsExtracted: 'events.extracted',
  rulesChanged: 'rules.changed',
  sourcesChanged: 'sources.changed',
} as const;

export const SUBJECT_SCHEMAS = {
  [SUBJECTS.articlesIngested]: ArticleSchema,
  [SUBJECTS.eventsExtracted]: ExtractedEventMessageSchema,
  [SUBJECTS.rulesChanged]: RulesChangedSchema,
  [SUBJECTS.sourcesChanged]: SourcesChangedSchema,
} satisfies Record<string, z.ZodTypeAny>;

export type Subject = keyof typeof SUBJECT_SCHEMAS;
export type PayloadOf<S extends Subject> = z.infer<(typeof SUBJECT_SCHEMAS)[S]>;

/** JetStream streams: which subjects each captures. Dead letters go to `dlq.<original subject>`. */
export const STREAMS = {
  articles: { name: 'ARTICLES', subjects: ['articles.>'] },
  events: { name: 'EVENTS', subjects: ['events.>'] },
  control: { name: 'CONTROL', subjects: ['rules.>', 'sources.>'] },
  deadLetters: { name: 'DEAD_LETTERS', subjects: ['dlq.>'] },
} as const;

export const deadLetterSubject = (subject: string): string => `dlq.${subject}`;
