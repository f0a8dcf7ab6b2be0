// English wire copy: subjects cut off by relative and participle clauses, owners of offices and institutions,
// verdicts that reject a decision, and talks named only as a stance.
import { DEFAULT_RESOURCES } from '../extractor/rule-extractor';
import { triggerIndex } from '../patterns/lexicon';
import { matchTriggers } from '../patterns/match-triggers';
import { tokenize } from '../text/tokenize';
import { assembleEvents } from './assemble-events';

const drafts = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES);
const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};
const actorOf = (text: string, type: string) => drafts(text).find((d) => d.type === type)?.actor?.name ?? null;

describe('English subjects past an inserted clause', () => {
  it('takes the name before ", speaking …, where …," as the subject of the verb after it', () => {
    const text =
      "Jordan's King Abdullah, speaking in Aqaba, where he met Iraqi and Egyptian officials, condemned the attack.";
    expect(actorOf(text, 'ACCUSE')).toMatch(/Abdullah/);
  });

  it('takes the force before a reduced relative ("troops stationed near X opened fire")', () => {
    const text =
      'Hours earlier, Israeli troops stationed near a Hezbollah position in Kfar Kila opened fire on shepherds.';
    expect(actorOf(text, 'ASSAULT')).toMatch(/Israel/);
  });

  it('keeps a force the dictionary does not know before "backed by X"', () => {
    const text =
      'The defence ministry said Somali National Army troops backed by African Union forces had killed 25 fighters near Afgooye.';
    expect(actorOf(text, 'ASSAULT')).toBe('Somali National Army troops');
  });

  it('leaves a plain subject alone when no clause is inserted', () => {
    expect(actorOf('African Union forces killed 25 fighters near Afgooye on Monday.', 'ASSAULT')).toMatch(
      /African Union/,
    );
  });
});

describe('English subjects that are part of a named group', () => {
  it('reads "columns of SDF vehicles were seen withdrawing" as the SDF withdrawing', () => {
    const text = 'By Tuesday evening, columns of SDF vehicles were seen withdrawing from positions near Deir Hafer.';
    expect(actorOf(text, 'RETREAT')).toMatch(/Syrian Democratic Forces/);
  });

  it('reads "fighters from JNIM" and "militants from al-Shabaab" as the group', () => {
    expect(actorOf('Fighters from JNIM attacked a convoy near Kayes, killing three soldiers.', 'ASSAULT')).toBe('JNIM');
    expect(actorOf('Militants from al-Shabaab attacked a base near Kismayo on Monday.', 'ASSAULT')).toBe('al-Shabaab');
  });

  it('reads "members of Hezbollah" as Hezbollah', () => {
    expect(actorOf('On Friday, members of Hezbollah stormed a checkpoint near the border.', 'ASSAULT')).toBe(
      'Hezbollah',
    );
  });
});

describe('English speakers and arrests', () => {
  it('lets the first of a list of speakers speak for all', () => {
    const text =
      '"This is an occupation," President Joseph Aoun, Prime Minister Nawaf Salam and Parliament Speaker Nabih Berri ' +
      'said in a joint statement, calling on the Security Council to act.';
    expect(actorOf(text, 'REQUEST')).toBe('Joseph Aoun');
  });

  it('reads a curfew with a compound length from its verb, so that who imposed it acts', () => {
    const text = 'The Kano State Governor, Abba Yusuf, imposed a 24-hour curfew on the state.';
    const curfew = drafts(text).find((d) => d.type === 'COERCE');
    // The hyphenated length is one word of the phrase's gap: "imposed ~ curfew" reads it whole.
    expect(curfew?.trace.trigger).toMatch(/^imposed/);
    expect(curfew?.actor?.name).toBe('Abba Yusuf');
  });

  it('reads "took X into custody" from its verb, so that the detainees are not the actor', () => {
    const text = 'Kurdish security forces in Kirkuk took four suspected ISIS members into custody on Friday night.';
    const arrest = drafts(text).find((d) => d.type === 'COERCE');
    expect(arrest?.actor?.name ?? '').not.toMatch(/Islamic State/);
  });
});

describe('English owners of institutions and offices', () => {
  it('reads "Myanmar\'s military government" as the Myanmar military, not a guessed government', () => {
    const text =
      "BANGKOK (AP) — Myanmar's military government announced a temporary ceasefire on Wednesday as China sent aid. " +
      'China said its rescue teams had reached Mandalay, and Chinese officials met the junta.';
    expect(actorOf(text, 'RETREAT')).toMatch(/Myanmar/);
  });

  it('reads "Britain\'s Foreign Office" as Britain', () => {
    const text = "Britain's Foreign Office also summoned Russian ambassador Andrei Kelin on Thursday.";
    expect(drafts(text).find((d) => d.type === 'CONSULT')?.actor?.country).toBe('GB');
  });
});

describe('English envoys', () => {
  it('reads "Iran\'s mission to the United Nations denied" as Iran denying', () => {
    const text = "Iran's mission to the United Nations denied any involvement in the plot on Tuesday.";
    expect(actorOf(text, 'REJECT')).toBe('Iran');
  });

  it('keeps the body itself when it speaks', () => {
    expect(actorOf('The United Nations denied any involvement in the plot.', 'REJECT')).toBe('United Nations');
  });
});

describe('English verdicts', () => {
  it.each([
    ['Russian foreign ministry spokeswoman Maria Zakharova called the new EU measures "illegal".', 'REJECT'],
    ['The Kremlin said it considered the sanctions illegal.', 'REJECT'],
  ])('reads %j as %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it('does not read an act called unlawful as a rejection', () => {
    expect(typesOf('The ambassador condemned China\'s "dangerous and unlawful" actions.')).not.toContain('REJECT');
  });
});

describe('English talks named as a stance', () => {
  it.each([
    'Kremlin spokesman Dmitry Peskov said Russia remained interested in continuing peace talks.',
    'The SDF has said it is open to talks with Damascus.',
  ])('reads no meeting in %j', (text) => {
    expect(drafts(text).some((d) => d.type === 'CONSULT')).toBe(false);
  });

  it('still reads talks that were held', () => {
    expect(
      drafts('Egyptian mediators held talks with a Hamas delegation in Cairo.').some((d) => d.type === 'CONSULT'),
    ).toBe(true);
  });
});
