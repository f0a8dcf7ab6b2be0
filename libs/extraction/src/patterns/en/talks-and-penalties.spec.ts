// Meetings and penalties between states (talks-and-penalties.patterns.ts): wordings beyond "met", "held talks" and
// "imposed sanctions", and the senses that keep praise, threats and the weather out.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('meetings', () => {
  it.each([
    "India's foreign minister travelled to Moscow on Thursday for talks with his Russian counterpart.",
    'Delegations from Hamas and Fatah convened in Cairo on Thursday.',
    'Russian and Ukrainian delegations sat down with mediators in Istanbul.',
    'Macron and the crown prince talked by phone on Thursday.',
    'The U.N. envoy began a three-day visit to Port Sudan on Thursday.',
    "Oman's foreign minister welcomed his Iranian counterpart in Muscat.",
    'The U.N. Security Council held an emergency meeting on the situation in Gaza.',
    'Negotiators resumed talks in Doha on Thursday.',
    'Macron hosts Zelensky in Paris',
    'The envoy is visiting Damascus.',
  ])('reads %j as CONSULT', (text) => {
    expect(typesOf(text)).toContain('CONSULT');
  });

  it('leaves the hosts of a show without a meeting', () => {
    expect(typesOf('The hosts of the show were praised by critics.')).not.toContain('CONSULT');
  });

  it('keeps a decision welcomed a praise, not a meeting', () => {
    const types = typesOf('The foreign minister welcomed the decision to extend the truce.');
    expect(types).toContain('SUPPORT');
    expect(types).not.toContain('CONSULT');
  });
});

describe('penalties', () => {
  it.each([
    'The United States designated the cartel as a foreign terrorist organization on Thursday.',
    'China placed 12 U.S. defence firms on its export control list.',
    'The United States imposed a 50% tariff on Brazilian goods.',
    'The United States revoked the visas of Palestinian officials.',
    'Russia banned entry to 21 British officials on Thursday.',
    'The U.S. halted weapons shipments to Ukraine on Thursday.',
    'The World Bank suspended lending to Mali on Thursday.',
    'Beijing imposed export controls on rare earths.',
    'Britain bans imports from settlements',
  ])('reads %j as SANCTION', (text) => {
    expect(typesOf(text)).toContain('SANCTION');
  });

  it.each([
    'Temperatures froze overnight in the north.',
    'Two migrants froze to death in the forest.',
    'The athlete tested positive for banned substances.',
  ])('leaves %j without a SANCTION', (text) => {
    expect(typesOf(text)).not.toContain('SANCTION');
  });
});
