// Road blocks: a crowd's is a street protest, an armed group's a blockade (en/senses.ts, material.patterns.ts).
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English road blocks', () => {
  it.each([
    'Hundreds of residents who had fled down the mountain blocked the main road in Petion-Ville with burning tires.',
    'Angry protesters blocked main roads in Beirut with burning tyres on Wednesday over power cuts.',
  ])('reads a crowd blocking roads in %j as a protest, not a blockade', (text) => {
    const found = types(text);
    expect(found).toContain('PROTEST');
    expect(found).not.toContain('COERCE');
  });

  it('reads a crowd blocking roads as a protest', () => {
    expect(types('In Mombasa, crowds were blocking roads near the port on Tuesday.')).toContain('PROTEST');
  });

  it('keeps roads blocked by fighters a blockade', () => {
    const found = types(
      'Jihadist fighters have blocked the main roads linking the western city of Kayes to the capital.',
    );
    expect(found).toContain('COERCE');
    expect(found).not.toContain('PROTEST');
  });
});

describe('roads blocked by nature and walkouts', () => {
  it('reads landslides blocking roads as neither a protest nor a blockade', () => {
    const found = types('Aid workers said landslides had blocked roads near the village.');
    expect(found).not.toContain('PROTEST');
    expect(found).not.toContain('COERCE');
  });
  it('reads detainees walking out of a prison as leaving, not a walkout', () => {
    expect(types('The detainees walked out of the detention centre on Wednesday.')).not.toContain('PROTEST');
  });
  it.each(['Opposition ministers walked out of the session.', 'Thousands of nurses walked out on Tuesday.'])(
    'still reads %s as a protest',
    (text) => {
      expect(types(text)).toContain('PROTEST');
    },
  );

  it('reads border crossings closed in the plural or kept shut as a blockade', () => {
    expect(types('Pakistan kept the Torkham and Chaman crossings closed to trade on Sunday.')).toContain('COERCE');
    expect(types('Poland closes all crossings with Belarus from midnight.')).toContain('COERCE');
  });
});
