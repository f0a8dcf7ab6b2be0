// Measures undone (easing.patterns.ts): a restriction lifted is a concession, a strike called off a climb-down; the
// measure itself and calls to lift it stay what they were. Also "requests" as a plural noun (wire-verbal.patterns.ts).
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('restrictions lifted, eased or revoked', () => {
  it.each([
    'The government lifted the state of emergency in the capital on Friday.',
    'Authorities eased the nightly curfew in the port city.',
    'The junta revoked martial law in three provinces.',
    'The council scrapped the travel ban on opposition figures.',
  ])('reads %s as CONCEDE, not the measure', (text) => {
    const types = typesOf(text);
    expect(types).toContain('CONCEDE');
    expect(types).not.toContain('COERCE');
  });
  it.each([
    'The army imposed a curfew in the town after the clashes.',
    'Rights groups urged the authorities to lift the curfew.',
  ])('leaves %s alone', (text) => {
    expect(typesOf(text)).not.toContain('CONCEDE');
  });
  it.each([
    'European Union foreign ministers agreed on Tuesday to lift all remaining economic sanctions on Syria.',
    'The cabinet decided to lift the ban on 26 social media platforms.',
    'The minister announced that the ban had been lifted.',
    'The curfew was lifted on Sunday, police said.',
  ])('reads the decided or passive %s as CONCEDE', (text) => {
    expect(typesOf(text)).toContain('CONCEDE');
  });
  it.each(['Rights groups called on the council to lift the sanctions.', 'The court refused to lift the ban.'])(
    'leaves the call or refusal %s alone',
    (text) => {
      expect(typesOf(text)).not.toContain('CONCEDE');
    },
  );
  it('does not read a siege ended by force as a concession', () => {
    expect(typesOf('Government troops ended the siege of the airport after heavy fighting.')).not.toContain('CONCEDE');
  });
});

describe('strikes and protests called off', () => {
  it.each([
    'Transport unions called off the strike that had paralysed the capital.',
    'The doctors suspended their hunger strike after the ministry agreed to talks.',
  ])('reads %s as RETREAT, not a protest', (text) => {
    const types = typesOf(text);
    expect(types).toContain('RETREAT');
    expect(types).not.toContain('PROTEST');
  });
  it('leaves a military pause alone', () => {
    expect(typesOf('The navy suspended strikes on the port for two days.')).not.toContain('RETREAT');
  });
});

describe('"requests" as a verb and as a plural noun', () => {
  it('reads a request made as REQUEST', () => {
    expect(typesOf('The ministry requests that all parties return to the talks.')).toContain('REQUEST');
  });
  it.each([
    'The military government did not respond to requests for comment.',
    'Officials ignored repeated requests for access to the detainees.',
  ])('leaves %s alone', (text) => {
    expect(typesOf(text)).not.toContain('REQUEST');
  });
});

describe('sanctions lifted with a qualifier between', () => {
  it('reads "lifted most of the sanctions imposed" as a concession', () => {
    expect(typesOf('West African leaders lifted most of the sanctions imposed on Niger.')).toContain('CONCEDE');
  });
});
