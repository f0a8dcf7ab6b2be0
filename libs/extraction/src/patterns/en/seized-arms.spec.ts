// Arms taken in a search are a confiscation (COERCE/confiscate), not ground won: material.patterns.ts.
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const modes = (text: string) =>
  assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES)
    .filter((d) => d.type === 'COERCE')
    .map((d) => d.mode);

describe('English arms seized', () => {
  it.each([
    'Kosovo police said on Monday they had seized a large cache of weapons at the monastery.',
    'Troops seized six rifles and a vehicle near Gao on Tuesday.',
  ])('reads %j as a confiscation', (text) => {
    expect(modes(text)).toEqual(['confiscate']);
  });

  it('keeps a town seized a seizure of ground', () => {
    expect(modes('Rebels seized the town of Pinga on Sunday.')).not.toContain('confiscate');
  });
});
