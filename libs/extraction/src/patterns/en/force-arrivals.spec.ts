// Forces arriving or landing, named with their origin or escort, are a deployment (wire-material.patterns.ts);
// a rescue team landing is relief, and arriving forces pay no visit (en/senses.ts). A deployment ordered or
// authorised is read from its verb.
import { DEFAULT_RESOURCES, RuleExtractor } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2024-03-05T10:00:00Z');
const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English force arrivals', () => {
  it.each([
    'A further 300 troops from Kenya and Jamaica landed at the main airport on Friday.',
    'Dozens of foreign military personnel, along with armoured vehicles, arrived in Gao earlier this week.',
    'The first contingents of 10,000 Mexican National Guard members arrived in Ciudad Juarez on Tuesday.',
    'A contingent of Kenyan police arrived in Port-au-Prince on Tuesday.',
    'About 400 paratroopers landed at the airport on Sunday.',
  ])('reads %j as MOBILIZE, not a visit', (text) => {
    const found = types(text);
    expect(found).toContain('MOBILIZE');
    expect(found).not.toContain('CONSULT');
  });

  it.each([
    'The federal government said it was sending 600 additional National Guard troops and army special forces.',
    'The minister said 5,000 additional soldiers were being sent to the Catatumbo region.',
  ])('reads a force sent with a long description or in the passive as MOBILIZE: %j', (text) => {
    expect(types(text)).toContain('MOBILIZE');
  });

  it('leaves a rescue team landing no deployment', () => {
    const text = 'A military emergency unit of 40 personnel and six sniffer dogs landed in Agadir on Sunday.';
    expect(types(text)).not.toContain('MOBILIZE');
  });
});

describe('English deployments ordered or authorised', () => {
  // Read as the order's verb (not the bare noun "deployment"), the event is confident enough to be kept and its
  // subject is the actor.
  const kept = (body: string) =>
    new RuleExtractor().extract({ id: 't', body, language: 'en' }).filter((e) => e.type === 'MOBILIZE');

  it('keeps the deployment ordered by a president', () => {
    const text =
      'President Bola Tinubu ordered the immediate deployment of additional army and police units to Kebbi State.';
    expect(kept(text)).toHaveLength(1);
  });

  it('reads the authorising ministry as the actor', () => {
    const text = 'The defence ministry authorised the deployment of 2,000 soldiers to Sokoto State on Monday.';
    expect(actorsOf(text, 'MOBILIZE')).toEqual(['defence ministry']);
  });
});

describe('English attackers arriving', () => {
  it('reads attackers arriving in pickup trucks as no visit', () => {
    const text = 'Local media said the attackers arrived in two pickup trucks in Celaya and fled after a minute.';
    expect(types(text)).not.toContain('CONSULT');
  });
});
