// A present passive after "until" is the aim a struggle goes on for, not a happening (english-until-aims.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => all.explain({ id: 't', body, language: 'en' }).map((e) => e.event.type);

describe('English aims after "until"', () => {
  it.each([
    'Israel has said the war will go on until Hamas is destroyed.',
    'The prime minister said Israel would press on until Hamas is destroyed.',
  ])('reads no assault in %j', (text) => {
    expect(types(text)).not.toContain('ASSAULT');
  });

  it('reads no release in a strike called "until the mayor is freed"', () => {
    expect(types('He urged the unions to stage a general strike until the mayor is freed.')).not.toContain('RETREAT');
  });

  it('still reads a past act after "until"', () => {
    expect(types('The army shelled the town until the rebel base was destroyed.')).toContain('ASSAULT');
  });

  it('still reads a reported destruction', () => {
    expect(types('The rebel base is destroyed by an air strike, the army said.')).toContain('ASSAULT');
  });
});
