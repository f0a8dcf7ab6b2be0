// A crowd's blockade is a street protest (crowd-words.ts, material.patterns.ts); an armed group's stays a blockade.
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English crowd blockades', () => {
  it.each([
    'Police on Sunday cleared a blockade by striking farmers that had cut the main highway for three days.',
    'Dock workers in Mombasa ended their week-long blockade of the port road on Friday evening.',
  ])('reads the crowd blockade in %j as a protest', (text) => {
    expect(types(text)).toContain('PROTEST');
  });

  it('keeps an armed group blockade no protest', () => {
    expect(types('The jihadists have kept up their blockade of the capital for a month.')).not.toContain('PROTEST');
  });
});
