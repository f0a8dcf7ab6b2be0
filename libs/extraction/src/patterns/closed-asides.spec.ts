// A modal inside a comma-set relative clause belongs to that clause, not to the main verb after it
// (insideClosedAside in relative-aside-en.ts, used by backgroundCue).
import { DEFAULT_RESOURCES } from '../extractor/rule-extractor';
import { assembleEvents } from '../assemble/assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English modals inside a closed relative aside', () => {
  it.each([
    'The governor, who had promised that the road would reopen, praised the engineers.',
    'The envoy, who said talks would resume soon, welcomed the release of the sailors.',
  ])('keeps the main verb of %j', (text) => {
    expect(types(text)).toContain('SUPPORT');
  });

  it.each(['The governor said he would praise the engineers.', 'The governor will, aides said, praise the engineers.'])(
    'still reads %j as an intention',
    (text) => {
      expect(types(text)).not.toContain('SUPPORT');
    },
  );
});
