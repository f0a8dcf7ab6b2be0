// Forces moved, readied, drilled, pulled back or stood down (force-moves.patterns.ts): the wordings beyond
// "deployed/sent troops" and "withdrew", and the senses that keep talks about drills or rescue teams on standby out.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};
const phrasesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.phrase);
};

describe('forces moved or readied', () => {
  it.each([
    'Eritrea has stationed troops along its border with Ethiopia.',
    'India has rushed additional troops to Manipur after fresh ethnic violence.',
    'Thousands of paramilitary troops were airlifted to Manipur on Thursday.',
    'Pakistan has moved additional army units to the Afghan border.',
    'The United States is sending an aircraft carrier to the eastern Mediterranean.',
    'President Donald Trump federalized 2,000 National Guard troops on Saturday.',
    'Hundreds of Kenyan police officers arrived in Haiti on Thursday.',
    "Mali's army has stepped up its military presence around Bamako.",
    'Venezuela ordered the mobilisation of 25,000 troops to its border with Colombia.',
    'Greece put its navy on standby after Turkey sent a survey ship into disputed waters.',
    "China's military staged large-scale drills around Taiwan on Thursday.",
    "Iran's navy held a large naval drill in the Gulf of Oman.",
    'Pakistan masses troops on Afghan frontier',
    'The army redeployed two brigades to the front.',
    'The junta has beefed up its forces in the region.',
    'Peru declared a state of emergency in Lima and ordered soldiers to patrol alongside police.',
    'The president ordered the army to guard polling stations on Sunday.',
  ])('reads %j as MOBILIZE', (text) => {
    expect(typesOf(text)).toContain('MOBILIZE');
  });

  it.each([
    'The health ministry put rescue teams on standby ahead of the storm.',
    'Police officers arrived at the scene shortly after the blast.',
    'The company moved its headquarters to Dubai.',
    'The masses of people gathered at the square.',
    'The general ordered the soldiers to surrender.',
  ])('leaves %j without a MOBILIZE', (text) => {
    expect(typesOf(text)).not.toContain('MOBILIZE');
  });

  it.each([
    ['Kenya dispatched 400 police officers to Haiti on Thursday.', 'dispatched ~ police officers'],
    ['Burundi has deployed thousands of soldiers to eastern Congo.', 'deployed ~ soldiers'],
    ['The Houthis released 153 prisoners on Thursday.', 'released ~ prisoners'],
    ['More than 500 Boko Haram fighters surrendered to troops.', 'surrendered to ~ troops'],
    ['Dozens of ELN fighters surrendered their weapons.', 'surrendered ~ weapons'],
  ])('reads %j with the force or the captives named (%s), not the bare verb', (text, phrase) => {
    expect(phrasesOf(text)).toContain(phrase);
  });

  it('keeps talks about drills a consultation, not drills held', () => {
    const found = phrasesOf('The two defence ministers held talks on the drills planned for next year.');
    expect(found).toContain('held ~ talks');
    expect(found).not.toContain('held ~ drills');
  });
});

describe('forces pulled back or stood down', () => {
  it.each([
    'Armed groups evacuated their positions in southern Tripoli on Thursday.',
    'Al Shabaab fighters abandoned the town of Adan Yabaal on Thursday.',
    'The Israeli army completed its withdrawal from southern Lebanon on Thursday.',
    'Kurdish-led forces handed over control of the Tishrin dam to government forces.',
    'The armed group demobilised 300 fighters on Thursday.',
    'Dozens of wanted gang members turned themselves in to police.',
    'Hamas handed over four Israeli hostages on Thursday.',
    'The defence minister offered to resign on Thursday.',
    'Ukraine and Russia swap prisoners',
    'Troops pull out of Gaza City',
    'Russia returned 150 prisoners of war to Ukraine.',
    'The fighters were evacuated from the town under the deal.',
    'The militia handed its heavy weapons to the army.',
  ])('reads %j as RETREAT', (text) => {
    expect(typesOf(text)).toContain('RETREAT');
  });

  it.each([
    'Residents abandoned their homes as the fighting spread.',
    'The company vacated its offices in the city.',
    'Lebanon urged Israel to pull out of the five hilltops.',
  ])('leaves %j without a RETREAT', (text) => {
    expect(typesOf(text)).not.toContain('RETREAT');
  });
});
