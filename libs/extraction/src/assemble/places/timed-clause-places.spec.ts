// English leads: a ", as <clause>" after the happening tells another, simultaneous happening, and the ends of a route
// ("between Kaya and Dori") frame the spot the next sentence gives rather than being it.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const firstAssaultPlace = (body: string): string | undefined =>
  ex.extract({ id: 't', language: 'en', body }).find((e) => e.type === 'ASSAULT')?.location?.name ?? undefined;

describe('places of a timed clause and of route ends', () => {
  it('does not take the capital of a ", as" clause for the ambush the lead places in a region', () => {
    const body =
      'Gunmen ambushed a military convoy in northern Burkina Faso on Sunday, killing 11 soldiers, officials said, ' +
      'as fuel shortages left the capital Ouagadougou short of petrol. The ambush happened near the town of Djibo.';
    expect(firstAssaultPlace(body)).toBe('Djibo');
  });

  it('passes over the ends of a route for the spot named near it', () => {
    const body =
      'Gunmen ambushed a military convoy in northern Burkina Faso on Sunday, killing 11 soldiers, officials said. ' +
      'The ambush happened on the highway between Kaya and Dori near the town of Djibo.';
    expect(firstAssaultPlace(body)).toBe('Djibo');
  });

  it('keeps a place after ", as well as", which adds to the same happening', () => {
    const body = 'Gunmen killed 11 soldiers in an ambush, as well as two civilians in Djibo, officials said.';
    expect(firstAssaultPlace(body)).toBe('Djibo');
  });
});
