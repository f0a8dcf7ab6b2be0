// "Madina Hospital" in Somali news is a hospital's name, not the Saudi city; the town stays where its country is named.
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text, { language: 'en' }).map((m) => m.place.name);

describe('a foreign namesake heading an institution noun', () => {
  it('drops the town read in the name of a hospital in news about another country', () => {
    const text =
      'A suicide bomber struck a police station in Mogadishu, Somalia. A hospital official at Madina Hospital said 11 people had died.';
    expect(names(text)).not.toContain('Medina');
    expect(names(text)).toContain('Mogadishu');
  });

  it('keeps the town when its own country is named', () => {
    const text = 'Saudi police said a man was wounded near Medina Hospital in Medina, Saudi Arabia.';
    expect(names(text)).toContain('Medina');
  });
});
