// Warships sailing in company are a naval exercise (wire-material.patterns.ts): MOBILIZE, as drills are.
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English joint sails', () => {
  it.each([
    'On Sunday, warships from the Philippines and the United States began a two-day joint sail in the South China Sea.',
    'The navies of the two countries held a joint sailing off Palawan on Friday.',
  ])('reads %j as MOBILIZE', (text) => {
    expect(types(text)).toContain('MOBILIZE');
  });
});
