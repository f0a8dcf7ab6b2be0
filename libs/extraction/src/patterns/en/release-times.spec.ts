// The release noun keeps its sense with a time between it and the freed (wire-material.patterns.ts).
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English releases with a time phrase', () => {
  it.each([
    'The release last week of nine sailors ended a long standoff.',
    'The release on Monday of three aid workers was confirmed by the ministry.',
    'Officials confirmed the release earlier this month of 20 detained farmers.',
  ])('reads %j as RETREAT', (text) => {
    expect(types(text)).toContain('RETREAT');
  });

  it.each([
    'The ministry issued a press release on behalf of the council.',
    'The release date of the report was moved to June.',
  ])('reads no release in %j', (text) => {
    expect(types(text)).not.toContain('RETREAT');
  });
});
