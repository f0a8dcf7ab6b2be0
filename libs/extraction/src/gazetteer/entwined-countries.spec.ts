// Israel and the Palestinian territories: a story naming one side names the other's towns without naming that
// country ("Israeli forces raided Jenin"), so each corroborates the other's smaller towns.
import { findPlaces } from './index';

const surfaces = (text: string) => findPlaces(text, { language: 'en' }).map((m) => `${m.surface}/${m.place.country}`);

describe('entwined countries', () => {
  it('reads a West Bank town after an Israeli actor', () => {
    expect(surfaces('Israeli forces raided the Jenin refugee camp on Wednesday.')).toContain('Jenin/PS');
    expect(surfaces('Israeli troops stormed Tubas before dawn.')).toContain('Tubas/PS');
  });

  it('still leaves a small town of a country the story never names to its namesakes or to nothing', () => {
    expect(surfaces('Kenyan police raided Jenin on Wednesday.')).not.toContain('Jenin/PS');
  });
});
