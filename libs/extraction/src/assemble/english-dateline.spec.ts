// Wire datelines in the shapes English outlets use: the filing city is set aside, the lead's own place is not.
import { datelineLength } from './english-dateline';

const dateline = (text: string) => text.slice(0, datelineLength(text));

describe('English datelines', () => {
  it.each([
    ['TAIZ, Yemen (Marsad) — Shelling hit the city.', 'TAIZ, Yemen (Marsad) — '],
    ['DOHA/KINSHASA, July 19 (Reuters) - The two sides signed.', 'DOHA/KINSHASA, July 19 (Reuters) - '],
    [
      'GOMA, Democratic Republic of Congo, May 19 (Reuters) - Rebels withdrew.',
      'GOMA, Democratic Republic of Congo, May 19 (Reuters) - ',
    ],
    ['RIYADH: Crown Prince Mohammed bin Salman received the envoy.', 'RIYADH: '],
    ['AMMAN/BEIRUT: Border crossings reopened on Sunday.', 'AMMAN/BEIRUT: '],
    ['ABU DHABI // Iranian and American negotiators held talks.', 'ABU DHABI // '],
    ['Kabul (AFP) - Taliban authorities cut the internet.', 'Kabul (AFP) - '],
    ['ANKARA\n\nA delegation visited the island.', 'ANKARA\n'],
  ])('reads the dateline of %j', (text, expected) => {
    expect(dateline(text)).toBe(expected);
  });

  it('does not read an opening sentence as a dateline', () => {
    expect(datelineLength('Germany has banned the Islamist group on Wednesday.')).toBe(0);
    expect(datelineLength('Russia launched a mass drone attack on Odesa - officials said.')).toBe(0);
  });
});
