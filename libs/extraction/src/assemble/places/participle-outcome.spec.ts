// English outcomes told by a participle after a comma (", killing four soldiers") happened where the main clause's
// act did, not at the landmark or province named last before the participle.
import { draftPlaces } from './placed-events.fixture';

const assaultPlaces = (text: string) => draftPlaces(text, 'en', 'ASSAULT');

describe('an outcome told by a participle', () => {
  it('is not placed at the landmark locating the attack', () => {
    const text =
      'Islamic State militants attacked an army checkpoint in the Tarmiyah district north of Baghdad late on Wednesday, killing four soldiers.';
    expect(assaultPlaces(text)).toEqual(['Tarmiyah', 'Tarmiyah']);
  });

  it('is not placed at the province of the town', () => {
    const text =
      'Gunmen opened fire on customers at a bar in Irapuato, in the central state of Guanajuato, late on Monday, killing seven people.';
    expect(assaultPlaces(text)).not.toContain('Guanajuato');
  });
});
