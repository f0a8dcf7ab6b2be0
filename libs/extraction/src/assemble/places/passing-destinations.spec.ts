// English places that only end someone's way ("fleeing towards the Sambisa Forest", "bound for the West Bank") are
// not the scene of the attack on them.
import { draftPlaces } from './placed-events.fixture';

const assaultPlaces = (text: string) => draftPlaces(text, 'en', 'ASSAULT');

describe('the end of a way through the scene', () => {
  it('is not where the fleeing were struck', () => {
    const text =
      'Boko Haram insurgents attacked a village in Bama on Friday. Aircraft struck insurgents fleeing towards the Sambisa Forest after the attack.';
    expect(assaultPlaces(text)).not.toContain('Sambisa Forest');
  });

  it('is not where a gunman bound for it opened fire', () => {
    const text =
      'A gunman opened fire at the Allenby Bridge crossing on Sunday. He arrived in a lorry carrying goods bound for the West Bank and opened fire with a pistol.';
    expect(assaultPlaces(text)).not.toContain('West Bank');
  });

  it('stays the scene when the clause points back at it', () => {
    const text =
      'A convoy of six trucks travelling towards Dilling was attacked by armed men about 20 kilometres north of the town.';
    expect(assaultPlaces(text)).toContain('Dilling');
  });
});
