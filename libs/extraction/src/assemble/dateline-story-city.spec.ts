// Slashed datelines ("DOHA/GOMA, Nov 15 (Reuters) -"): the scene a placeless mention falls back on is the dateline
// city the story belongs to, not merely the first bureau.
import { storyCity } from './english-dateline';
import { RuleExtractor } from '../extractor/rule-extractor';
import type { PlaceLike } from './assemble.types';

const city = (id: string, country: string) => ({ value: { id, name: id, country, kind: 'city' } as PlaceLike });

describe('the story city of a slashed dateline', () => {
  const doha = city('doha', 'QA');
  const goma = city('goma', 'CD');
  it('takes the city the body names again', () => {
    expect(storyCity([goma, doha], [{ value: { id: 'doha', country: null } }], [])).toBe(doha);
  });
  it('else the city whose country the body names', () => {
    expect(storyCity([doha, goma], [], [{ value: { country: 'CD' } }])).toBe(goma);
  });
  it('else the first, and a single city as it is', () => {
    expect(storyCity([doha, goma], [], [])).toBe(doha);
    expect(storyCity([goma], [], [])).toBe(goma);
    expect(storyCity([], [], [])).toBeNull();
  });
});

describe('a bureau that names its government and the story again', () => {
  const ex = new RuleExtractor({ minConfidence: 0 });
  it('places a signing told without a place where the body says it was signed', () => {
    const body =
      "DOHA/GOMA, Nov 15 (Reuters) - Democratic Republic of Congo's government and the Rwanda-backed M23 rebel group signed a framework agreement in Doha on Saturday, even as fighting raged in South Kivu province.\n\n" +
      "The document, signed by Congolese envoy Sumbu Sita Mambu and M23's Benjamin Mbonimpa at a ceremony hosted by Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, sets out eight protocols covering a permanent ceasefire.\n\n" +
      'As a goodwill gesture ahead of the ceremony, M23 on Friday handed 30 captured government soldiers to the International Committee of the Red Cross in Goma, the ICRC said.';
    const signings = ex.extract({ id: 'd', body, language: 'en' }).filter((e) => e.type === 'AGREE');
    expect(signings.map((e) => e.location?.name)).not.toContain('Goma');
  });
});
