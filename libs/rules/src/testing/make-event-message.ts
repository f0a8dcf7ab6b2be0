// Test factory: a valid `events.extracted` message with sensible defaults, overridable per field (specs only).
import type { EventActor, ExtractedEventMessage, MarsadEvent } from '@marsad/contracts';

export function actor(name: string, id: string | null = null, country: string | null = null): EventActor {
  return { name, id, kind: null, country };
}

export function makeEventMessage(
  event: Partial<MarsadEvent> = {},
  message: Partial<Omit<ExtractedEventMessage, 'event'>> = {},
): ExtractedEventMessage {
  return {
    tenantId: 'default',
    sourceId: 'sana',
    articleUrl: 'https://example.org/a/1',
    ...message,
    event: {
      id: 'ev-1',
      articleId: 'art-1',
      type: 'ASSAULT',
      mode: 'aerial',
      actor: actor('Syrian Arab Army', 'SYR-MIL', 'SY'),
      target: actor('civilians'),
      location: { name: 'Palmyra', country: 'SY', lat: 34.5503, lon: 38.2684 },
      date: '2015-08-01',
      killed: 3,
      injured: 10,
      size: null,
      negated: false,
      attribution: null,
      evidence: { text: 'Air strikes hit Palmyra, killing three people.', start: 0, end: 46 },
      language: 'en',
      confidence: 0.9,
      extractor: { name: 'test', version: '0' },
      ...event,
    },
  };
}
