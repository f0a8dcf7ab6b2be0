// English places that only qualify an office title ("Zamfara police spokesman Yazid Abubakar", "Beylikduzu mayor
// Mehmet Ozkan") are not the scene of what the sentence tells, wherever the title stands.
import { draftPlaces } from './placed-events.fixture';

const placesOf = (text: string, type: string) => draftPlaces(text, 'en', type);

describe('a place qualifying an office title', () => {
  it('is not the scene of the attack its named holder confirms', () => {
    const text = 'Zamfara police spokesman Yazid Abubakar confirmed the attack on Tuesday.';
    expect(placesOf(text, 'ASSAULT')).not.toContain('Zamfara State');
  });

  it('is not the scene of the arrests its minister denies', () => {
    const text = 'Punjab Information Minister Azma Bokhari denied that any peaceful protesters were arrested.';
    expect(placesOf(text, 'COERCE')).not.toContain('Punjab (Pakistan)');
  });

  it('is not where the holder himself was detained', () => {
    const text = 'Protesters rallied after prosecutors detained Beylikduzu mayor Mehmet Ozkan on corruption charges.';
    expect(placesOf(text, 'COERCE')).not.toContain('Beylikduezue');
  });

  it('is not the scene when the unnamed official speaks next', () => {
    const text =
      'Al-Shabaab overran a base near the town of Bulo Burde. The militants detonated a car bomb at the gate, Hiiraan regional official told reporters.';
    expect(placesOf(text, 'ASSAULT')).not.toContain('Hiiraan');
  });

  it("stays the scene of the holder's own act", () => {
    const text = 'The Kano State Governor Abba Yusuf imposed a 24-hour curfew on the state.';
    expect(placesOf(text, 'COERCE')).toContain('Kano');
  });

  it('stays the scene when a comma parts it from the title', () => {
    const text = 'Gunmen killed five people in Zamfara, police spokesman Yazid Abubakar said.';
    expect(placesOf(text, 'ASSAULT')).toContain('Zamfara State');
  });
});
