// A ban ordered or issued is imposed (material.patterns.ts): a COERCE told by its verb, whose subject is the actor.
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const bans = (text: string) =>
  assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES)
    .filter((d) => d.type === 'COERCE' && d.mode === 'ban')
    .map((d) => d.trigger.spec.voice);

describe('English bans ordered', () => {
  it.each([
    'The mayor ordered a ban on heavy trucks entering the city on Monday.',
    'The interior ministry issued a ban on public gatherings in the capital.',
  ])('reads %j as a ban told by its verb', (text) => {
    expect(bans(text)).toEqual(['verb']);
  });
});
