// Arabic "قالت X إن …": a name between a verb of saying and "that" is the speaker, never the scene, even when the
// gazetteer knows a town of that name.
import { draftPlaces } from './placed-events.fixture';
import { isSpeakerName } from './off-scene-places';
import { tokenize } from '../../text/tokenize';

const placesOf = (text: string) => draftPlaces(text, 'ar', 'ASSAULT');

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => t.surface === word);
  expect(first).toBeGreaterThan(0);
  return { tokens, span: { first, end: first + 1 } as never };
};

describe('speaker names', () => {
  it('a name between قالت and إن is who spoke', () => {
    const { tokens, span } = at('وقالت بولدان إن الانفجار وقع ظهرا', 'بولدان');
    expect(isSpeakerName(tokens, span, 0)).toBe(true);
  });

  it('a surname after a first name, described by وهي, is who spoke', () => {
    const { tokens, span } = at('وقالت بروين بولدان وهي نائبة كبيرة عن الحزب إن الانفجار وقع ظهرا', 'بولدان');
    expect(isSpeakerName(tokens, span, 0)).toBe(true);
  });

  it('a place after في and described by وهي stays a place', () => {
    const { tokens, span } = at('وقال في بولدان وهي بلدة صغيرة إن الانفجار وقع ظهرا', 'بولدان');
    expect(isSpeakerName(tokens, span, 0)).toBe(false);
  });

  it('a place after في is no speaker', () => {
    const { tokens, span } = at('وقال في بولدان إن الانفجار وقع ظهرا', 'بولدان');
    expect(isSpeakerName(tokens, span, 0)).toBe(false);
  });

  it('a suicide bombing a named MP speaks of is not placed at her surname', () => {
    const text =
      'ندد الرئيس التركي بالهجوم الذي استهدف مركزا ثقافيا في تركيا. وقالت بروين بولدان وهي نائبة كبيرة عن حزب الشعوب الديمقراطي إن مسؤولين يحققون في احتمال أن يكون الانفجار هجوما انتحاريا.';
    expect(placesOf(text)).not.toContain('Buldan');
  });

  it('an explosion a speaker tells of is not placed at the speaker', () => {
    const text = 'ندد الرئيس التركي بالهجوم الذي استهدف مركزا ثقافيا في تركيا. وقالت بولدان إن الانفجار وقع ظهر أمس.';
    expect(placesOf(text)).toContain('Turkey');
    expect(placesOf(text)).not.toContain('Buldan');
  });
});

describe('the place of a speaker office in an English attribution', () => {
  const englishPlaces = (text: string) => draftPlaces(text, 'en', 'ASSAULT');

  it('is where he speaks for, not the scene', () => {
    const text =
      'Gunmen stormed a church in a village in the Kajuru area and abducted 31 worshippers. One man who tried to flee was shot dead, Kaduna state police spokesman Mansir Hassan said.';
    expect(englishPlaces(text)).not.toContain('Kaduna');
  });

  it('stays the scene when a comma parts it from the speaker', () => {
    const text = 'Two men were shot dead in Kaduna, police officials said.';
    expect(englishPlaces(text)).toContain('Kaduna');
  });
});

describe('the place of an "according to" source', () => {
  const englishPlaces = (text: string) => draftPlaces(text, 'en', 'ASSAULT');

  it('is where the source speaks from, not the scene', () => {
    const text =
      "JNIM fighters ambushed a convoy of tankers near Diema on Tuesday. Four drivers and two soldiers from the escort were killed, according to a transporters' union official in Kayes.";
    expect(englishPlaces(text)).not.toContain('Kayes');
  });

  it('is where a commander quoted by name serves, not the scene', () => {
    const text =
      "Al-Shabaab fighters attacked an army base near Balcad before dawn. The fighting began with a suicide car bomb at the base's main gate, according to Major Abdirahman Hassan, a commander in the Middle Shabelle region.";
    expect(englishPlaces(text)).not.toContain('Middle Shabelle');
  });

  it('stays the scene when the happening is told there', () => {
    const text = 'Two soldiers were killed in Kayes on Tuesday, according to a security source.';
    expect(englishPlaces(text)).toContain('Kayes');
  });
});
