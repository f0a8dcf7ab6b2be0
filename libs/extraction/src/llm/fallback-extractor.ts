// Runs a primary extractor (e.g. an LLM) and falls back to another (the rules) on any failure: HTTP error,
// timeout, invalid JSON. An alert pipeline must never stall because a model endpoint is down.
import type { MarsadEvent } from '@marsad/contracts';
import type { EventExtractor, ExtractInput } from '../extractor/extractor.types';

export class FallbackExtractor implements EventExtractor {
  readonly name: string;
  readonly version: string;

  constructor(
    private readonly primary: EventExtractor,
    private readonly fallback: EventExtractor,
    private readonly onFallback: (err: unknown) => void = () => undefined,
  ) {
    this.name = `${primary.name}+${fallback.name}`;
    this.version = `${primary.version}+${fallback.version}`;
  }

  async extract(article: ExtractInput): Promise<MarsadEvent[]> {
    try {
      return await this.primary.extract(article);
    } catch (err) {
      this.onFallback(err);
      return await this.fallback.extract(article);
    }
  }
}
