// The forces a passive MOBILIZE verb moves are its actor (english-moved-forces.ts, picked in choose-actor.ts).
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../assemble-events';

const mobilizer = (text: string) =>
  assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).find((d) => d.type === 'MOBILIZE')?.actor?.name ?? null;

describe('forces moved by a passive verb', () => {
  it.each([
    ['Security forces were deployed in large numbers in the city centre, Hengaw said.', 'Security forces'],
    ['The army chief called for talks, and soldiers were deployed across the capital.', 'soldiers'],
  ])('reads %j as mobilised by %s', (text, actor) => {
    expect(mobilizer(text)).toBe(actor);
  });
  it('leaves a passive with no force noun before it unattributed', () => {
    expect(mobilizer('Two helicopters were deployed to the area on Monday.')).toBeNull();
  });
});
