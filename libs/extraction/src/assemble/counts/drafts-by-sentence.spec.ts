import type { DraftEvent } from '../assemble.types';
import { draftsBySentence, inSentence } from './drafts-by-sentence';

const draft = (sentence: number, type: string) => ({ sentence, type }) as unknown as DraftEvent;

describe('draftsBySentence', () => {
  it('groups drafts by sentence in their order, and answers an empty list for a sentence without any', () => {
    const out = [draft(0, 'ASSAULT'), draft(2, 'COERCE'), draft(0, 'ACCUSE'), draft(2, 'ASSAULT')];
    const by = draftsBySentence(out);
    expect(inSentence(by, 0).map((d) => d.type)).toEqual(['ASSAULT', 'ACCUSE']);
    expect(inSentence(by, 2).map((d) => d.type)).toEqual(['COERCE', 'ASSAULT']);
    expect(inSentence(by, 1)).toEqual([]);
  });
});
