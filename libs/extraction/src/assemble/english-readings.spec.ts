// English recall, guards and actors: relief named by its cargo, reservists called up, passive protests,
// meetings outside the reported now, the remaining inflections of pardons and seizures, "Amnesty International"
// granting nothing; unnamed clash sides, subjects before "in/for <place>", collective bodies and the officials who
// announce passive arrests and deployments.
import { DEFAULT_RESOURCES } from '../extractor/rule-extractor';
import { assembleEvents } from './assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English readings: recall', () => {
  it.each([
    ['The UAE has dispatched an aircraft carrying 100 tonnes of medical supplies and food to Port Sudan.', 'AID'],
    ['India said it had sent five aircraft and two navy ships with relief supplies to Yangon.', 'AID'],
    ['The shipment includes about 400 tonnes of flour and 12 tonnes of medicines.', 'AID'],
    ['The Israeli military said it was calling up several thousand reservists for air defence units.', 'MOBILIZE'],
    ['The king issued a royal decree pardoning 150 prisoners on Thursday.', 'CONCEDE'],
    ['Customs officers are impounding the vessel in the port of Aqaba.', 'COERCE'],
    ['Protests were also held in Mombasa and Kisumu on Monday.', 'PROTEST'],
    ['The envoy held separate meetings with Houthi officials in Muscat.', 'CONSULT'],
  ])('reads %j as %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe('English readings: guards', () => {
  it('reads relief flown in as aid, not as a deployment', () => {
    expect(
      types('The UAE has dispatched an aircraft carrying 100 tonnes of medical supplies to Port Sudan.'),
    ).not.toContain('MOBILIZE');
  });

  it('keeps a dispatch of troops a deployment', () => {
    expect(types('Egypt dispatched two battalions of troops carrying food rations to the border.')).toContain(
      'MOBILIZE',
    );
  });

  it.each([
    'The foreign ministers of Saudi Arabia and Iran last met in person in Jeddah in March.',
    'Delegates said the group was likely to keep its output policy unchanged when it meets next week.',
  ])('reads no meeting in %j', (text) => {
    expect(types(text)).not.toContain('CONSULT');
  });

  it('keeps a meeting held now', () => {
    expect(types('Erdogan met Putin in Kazan on Wednesday.')).toContain('CONSULT');
  });

  it('reads no amnesty in the rights group name', () => {
    expect(types('Amnesty International condemned the ruling as a travesty of justice.')).not.toContain('CONCEDE');
  });

  it('reads no seizure in "seizes on" comments', () => {
    expect(types('The opposition seizes on comments by the finance minister.')).not.toContain('COERCE');
  });
});

describe('English readings: actors', () => {
  const actorOf = (text: string, type: string) =>
    assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).find((d) => d.type === type)?.actor?.name;

  it('never opens a subject with "where" (the relative adverb is no part of the doer)', () => {
    expect(
      actorOf(
        'Most of the arrests took place in Jenin and Tulkarm, where soldiers stormed homes, the group said.',
        'ASSAULT',
      ),
    ).toBe('soldiers');
  });

  it('reads an unnamed first side of a clash', () => {
    expect(
      actorOf('The death toll from fighting between rival armed groups in the Libyan capital rose to nine.', 'ASSAULT'),
    ).toBe('rival armed groups');
  });

  it('reads the court, not the city it sits in, as the sentencer', () => {
    expect(actorOf('Separately, a criminal court in Baghdad sentenced three men to death on Monday.', 'COERCE')).toBe(
      'criminal court',
    );
  });

  it('reads the UN, not the country of its coordinator', () => {
    expect(
      actorOf(
        'The UN humanitarian coordinator for Sudan called on both warring parties to agree to a pause.',
        'REQUEST',
      ),
    ).toBe('United Nations');
  });

  it('leaves a government at a place to the dictionary', () => {
    expect(
      actorOf('The government in Port Sudan blamed the paramilitary Rapid Support Forces for the attack.', 'ACCUSE'),
    ).not.toBe('government');
  });
});

describe('English readings: speakers and bodies', () => {
  const actorOf = (text: string, type: string) =>
    assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).find((d) => d.type === type)?.actor?.name;

  it('reads the army that announced a passive deployment as its actor', () => {
    const actors = assembleEvents(
      {
        text: 'Nigerian soldiers patrol Borno. The army said additional troops had been deployed to Gwoza.',
        language: 'en',
      },
      DEFAULT_RESOURCES,
    )
      .filter((d) => d.type === 'MOBILIZE')
      .map((d) => d.actor?.name);
    expect(actors).toContain('Nigeria military');
  });

  it('reads an interior minister announcing arrests as their actor', () => {
    expect(actorOf('Interior Minister Gérald Darmanin said 206 people had been arrested.', 'COERCE')).toBe(
      'Gérald Darmanin',
    );
  });

  it.each([
    [
      'Eight Egyptian human rights organisations also criticised the sentence in a joint statement.',
      'ACCUSE',
      'Egyptian human rights organisations',
    ],
    [
      'The union called the arrest "an assault on press freedom" and urged the authorities to free him.',
      'REQUEST',
      'union',
    ],
    [
      'The cabinet held an emergency session in the evening and asked Iraq to speed up fuel deliveries.',
      'REQUEST',
      'cabinet',
    ],
  ])('reads the body opening %j as the actor', (text, type, name) => {
    expect(actorOf(text, type)).toBe(name);
  });
});
