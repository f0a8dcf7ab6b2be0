/** A valid extracted event for tests (an air strike with three dead); override what the test is about. */
import { randomUUID } from 'node:crypto';
import type { MarsadEvent } from '@marsad/contracts';

export function sampleEvent(overrides: Partial<MarsadEvent> = {}): MarsadEvent {
  return {
    id: `evt-${randomUUID()}`,
    articleId: `art-${randomUUID()}`,
    type: 'ASSAULT',
    mode: 'aerial',
    actor: null,
    target: null,
    location: { name: 'Aleppo', country: 'SY', lat: 36.2, lon: 37.16 },
    date: '2026-11-01',
    killed: 3,
    injured: null,
    size: null,
    negated: false,
    attribution: null,
    evidence: { text: 'air strikes on Aleppo killed 3', start: 0, end: 30 },
    language: 'en',
    confidence: 0.8,
    extractor: { name: 'test', version: '0' },
    ...overrides,
  };
}
