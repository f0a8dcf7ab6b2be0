import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../assemble-events';

const types = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.type);

describe('English perfects of habit or hindsight', () => {
  it.each([
    ['The UAE faces accusations of arming the RSF, a charge Abu Dhabi has consistently rejected.', 'REJECT'],
    [
      'The pardon was welcomed by opposition groups abroad, which have long demanded the release of detainees.',
      'REQUEST',
    ],
    ['Iran has since suspended cooperation with the UN nuclear watchdog.', 'SANCTION'],
    ['Egypt and other regional powers have at times backed rival initiatives in Sudan.', 'SUPPORT'],
  ])('reads %j as background, not %s', (text, type) => {
    expect(types(text)).not.toContain(type);
  });

  it.each([
    ['The Kremlin on Monday denied targeting civilians.', 'REJECT'],
    ['Iran has suspended cooperation with the UN nuclear watchdog, the foreign ministry said on Monday.', 'SANCTION'],
    ['Hamas has already released 20 hostages under the deal, officials said on Sunday.', 'RETREAT'],
  ])('keeps the news in %j as %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  it('reads months of fighting as the background of a visit', () => {
    const text =
      'US envoy Amos Hochstein met Lebanese officials in Beirut in an attempt to stop months of cross-border fighting between Israel and Hezbollah.';
    expect(types(text)).toContain('CONSULT');
    expect(types(text)).not.toContain('ASSAULT');
  });

  it('reads damage done by months or years of war as background', () => {
    const text =
      'Ambulances struggled to reach the school because roads in the area had been destroyed by months of bombardment.';
    expect(types(text)).not.toContain('ASSAULT');
    expect(types('The old city was destroyed by nearly two years of shelling.')).not.toContain('ASSAULT');
  });

  it('keeps a building destroyed by one strike as news', () => {
    expect(types('The school in Khan Younis was destroyed by an Israeli air strike on Sunday.')).toContain('ASSAULT');
  });

  it('keeps days of fighting as news', () => {
    expect(
      types('Dozens of civilians were killed during three days of fighting in the town, activists said.'),
    ).toContain('ASSAULT');
  });
});

describe('English history and habit told as background', () => {
  it.each([
    'Armenia and Azerbaijan fought two wars over the Nagorno-Karabakh region.',
    'Islamic State was declared defeated in Iraq in 2017, but remnants of the group still mount ambushes in rural parts of Kirkuk.',
    'Gangs still attack buses on the highway, residents say.',
  ])('reads %j as no assault', (text) => {
    expect(types(text)).not.toContain('ASSAULT');
  });

  it.each([
    'Gunmen ambushed a convoy in rural Kirkuk on Sunday, killing two soldiers.',
    'Gunmen still holding 20 hostages attacked a checkpoint near the town on Monday.',
    'Fighting still raged in the town on Monday after militants attacked a police post, residents said.',
  ])('keeps the news in %j as an assault', (text) => {
    expect(types(text)).toContain('ASSAULT');
  });
});
