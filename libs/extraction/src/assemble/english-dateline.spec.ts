// Wire datelines in the shapes English outlets use: the filing city is set aside, the lead's own place is not.
import { blankByline, datelineLength } from './english-dateline';
import { RuleExtractor } from '../extractor/rule-extractor';

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

describe('an opening byline', () => {
  const lead = 'BAGHDAD (Reuters) - A roadside bomb killed three Iraqi soldiers near Tikrit on Monday, police said.';
  const withByline = `By Jane Doe and Ali Hassan\n\n${lead}`;
  it('is blanked to spaces of its own length, and only a line of names is a byline', () => {
    const blanked = blankByline(withByline);
    expect(blanked).toHaveLength(withByline.length);
    expect(blanked.trimStart()).toBe(lead);
    expect(blankByline('By the end of the day, police had arrested 12 people.')).toBe(
      'By the end of the day, police had arrested 12 people.',
    );
  });
  it('changes nothing but the offsets of what the lead yields', () => {
    const extractor = new RuleExtractor();
    const shift = withByline.length - lead.length;
    const plain = extractor.extract({ id: 'a', body: lead, language: 'en' });
    const bylined = extractor.extract({ id: 'a', body: withByline, language: 'en' });
    expect(plain.length).toBeGreaterThan(0);
    expect(bylined.map((e) => [e.type, e.location?.name, e.actor?.name ?? null, e.killed, e.confidence])).toEqual(
      plain.map((e) => [e.type, e.location?.name, e.actor?.name ?? null, e.killed, e.confidence]),
    );
    expect(bylined[0].evidence.start).toBe(plain[0].evidence.start + shift);
  });
});

describe('a happening with no place of its own after a placed sentence', () => {
  const everything = new RuleExtractor({ minConfidence: 0 });
  const body =
    'GUSAU, Nigeria (AFP) - Gunmen abducted 43 people in a night raid, police said on Monday. Dozens of gunmen on ' +
    'motorcycles stormed Dan Kurmi village in Maru local government area late on Saturday, villagers said. A local ' +
    'vigilante leader said two residents who tried to resist were shot dead.';
  it('takes the scene of the sentence before, not the dateline', () => {
    const killing = everything.extract({ id: 'a', body, language: 'en' }).find((e) => e.killed === 2);
    expect(killing?.location?.name).toBe('Maru');
  });
});
