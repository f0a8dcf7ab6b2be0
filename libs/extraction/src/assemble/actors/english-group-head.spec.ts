// "the group", "the militia" as a plain-text subject stand for the group of that kind last named (english-group-head.ts).
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../assemble-events';

const rejecter = (text: string) =>
  assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).find((d) => d.type === 'REJECT')?.actor?.name ?? null;

describe('a named group shortened to its head noun', () => {
  it('reads "the group" as the armed group named before it', () => {
    expect(
      rejecter(
        'The government tasked the army with disarming Hezbollah by the end of the year, a plan the group has rejected.',
      ),
    ).toBe('Hezbollah');
  });
  it('leaves "the group" alone when no group of that kind was named', () => {
    expect(rejecter('The army chief met tribal elders. In a statement, the group denied any role in the attack.')).toBe(
      'group',
    );
  });
});

describe('bare force nouns', () => {
  const arrester = (text: string) =>
    assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).find((d) => d.type === 'COERCE')?.actor?.name ?? null;
  it('reads "troops" as the army named before it', () => {
    expect(arrester('The Israeli military said troops had arrested 14 wanted suspects in Jenin.')).toBe(
      'Israeli military',
    );
    expect(arrester("Nigeria's army said on Monday soldiers detained 12 suspected kidnappers in Zamfara.")).toMatch(
      /Nigeria/,
    );
  });
  it('keeps "troops" when no army was named', () => {
    expect(arrester('Police said troops had arrested 14 suspects in Jenin.')).toBe('troops');
  });
});

describe('a group head with one modifier', () => {
  const shelling = (text: string) =>
    assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).find((d) => d.trigger.spec.phrase === 'shelled')?.actor
      ?.name ?? null;
  it('reads "the paramilitary group" as the armed group named before it', () => {
    expect(
      shelling(
        'The army fought RSF fighters west of Omdurman, as the paramilitary group shelled the city, killing 12.',
      ),
    ).toBe('Rapid Support Forces');
  });
});
