// Adapter for an OpenAI-compatible chat completions endpoint. The only I/O of the library, behind an injected
// fetch, with a timeout; every returned event is validated and completed, invalid ones are discarded.
import { EventSchema, type MarsadEvent } from '@marsad/contracts';
import { detectLanguage } from '../language/detect-language';
import { eventId } from '../extractor/event-id';
import type { EventExtractor, ExtractInput } from '../extractor/extractor.types';
import { LLM_RESPONSE_JSON_SCHEMA, LlmEventSchema } from './llm-schema';

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

export interface LlmExtractorOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
  fetch?: FetchLike;
}

const SYSTEM_PROMPT =
  'You extract political events from one news article (Arabic or English) as PLOVER events. One event per real ' +
  'happening; types: AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION ' +
  'MOBILIZE COERCE ASSAULT. Quote the evidence clause verbatim from the article. Use null when the article does not say.';

export class LlmExtractor implements EventExtractor {
  readonly name = 'marsad-llm';
  readonly version: string;
  private readonly fetchFn: FetchLike;

  constructor(private readonly options: LlmExtractorOptions) {
    this.version = options.model;
    this.fetchFn = options.fetch ?? (globalThis.fetch as unknown as FetchLike);
  }

  async extract(article: ExtractInput): Promise<MarsadEvent[]> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? 30_000);
    try {
      const res = await this.fetchFn(`${this.options.baseUrl.replace(/\/$/, '')}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: this.options.model,
          temperature: 0,
          response_format: { type: 'json_schema', json_schema: LLM_RESPONSE_JSON_SCHEMA },
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            {
              role: 'user',
              content: `publishedAt: ${article.publishedAt ?? 'unknown'}\n\n${article.title ?? ''}\n\n${article.body}`,
            },
          ],
        }),
        signal: controller.signal,
      });
      if (!res.ok) throw new Error(`LLM endpoint answered HTTP ${res.status}`);
      const payload = (await res.json()) as { choices?: { message?: { content?: string } }[] };
      const content = payload.choices?.[0]?.message?.content;
      if (typeof content !== 'string') throw new Error('LLM response has no message content');
      const parsed = JSON.parse(content) as { events?: unknown };
      if (!Array.isArray(parsed.events)) throw new Error('LLM response has no events array');
      return this.complete(article, parsed.events);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Validates raw events, locates their evidence in the body and fills id/extractor/language. */
  complete(article: ExtractInput, raw: unknown[]): MarsadEvent[] {
    const language = article.language ?? detectLanguage(article.body).language;
    const out: MarsadEvent[] = [];
    for (const item of raw) {
      const r = LlmEventSchema.safeParse(item);
      if (!r.success) continue;
      const e = r.data;
      const start = article.body.indexOf(e.evidence);
      if (start < 0) continue; // evidence not in the article: an invention, not an extraction
      const end = start + e.evidence.length;
      const { evidence: _quote, ...rest } = e;
      const event = EventSchema.safeParse({
        ...rest,
        id: eventId(article.id, e.type, start, end),
        articleId: article.id,
        evidence: { text: e.evidence, start, end },
        language,
        extractor: { name: this.name, version: this.version },
      });
      if (event.success) out.push(event.data);
    }
    return out;
  }
}
