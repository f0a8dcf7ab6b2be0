// One event being matched, with the derived data rules share (its searchable text) computed lazily and only once.
import type { ExtractedEventMessage } from '@marsad/contracts';
import { TextIndex } from '../query/text-index';

export interface MatchOptions {
  /** The article's title, searched by keyword queries along with the event's own text. */
  articleTitle?: string | null;
}

export class EventMatchContext {
  private textIndex: TextIndex | undefined;

  constructor(
    readonly message: ExtractedEventMessage,
    readonly options: MatchOptions = {},
  ) {}

  /** What a keyword query searches: evidence sentence, actor, target and location names, article title. */
  get text(): TextIndex {
    if (!this.textIndex) {
      const { event } = this.message;
      this.textIndex = new TextIndex([
        event.evidence.text,
        event.actor?.name,
        event.target?.name,
        event.location?.name,
        this.options.articleTitle,
      ]);
    }
    return this.textIndex;
  }
}
