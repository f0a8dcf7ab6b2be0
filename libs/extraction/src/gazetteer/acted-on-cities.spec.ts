// A city of a country the story never names, under a million people, needs a cue: "in Lviv", or a verb acting on it
// ("Russia attacked Lviv overnight", "rebels captured Goma"), not the bare name.
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text, { language: 'en' }).map((m) => m.place.name);

describe('cities a verb acts on', () => {
  it.each([
    ['Russia attacked Lviv overnight.', 'Lviv'],
    ['Russian drones struck Dnipro on Monday.', 'Dnipro'],
  ])('%s', (text, city) => {
    expect(names(text)).toContain(city);
  });
  it('still needs a cue for a bare foreign name', () => {
    expect(names('Russia said Lviv officials were wrong.')).not.toContain('Lviv');
  });
});
