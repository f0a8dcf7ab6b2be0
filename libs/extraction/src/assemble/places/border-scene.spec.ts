// Movements to a border are set along it, not at the dateline capital (border-scene.ts).
import { tokenize } from '../../text/tokenize';
import { atBorder, inCompassQuarter } from './border-scene';
import { placed } from './placed-events.fixture';

const bordered = (text: string) => {
  const tokens = tokenize(text);
  return atBorder(tokens, 0, tokens.length);
};

describe('border scenes', () => {
  it.each([
    'Troops moved toward its northern border with Eritrea.',
    'The drills were held near the border.',
    'Tanks massed along the Eritrean frontier.',
  ])('reads "%s" as a happening at a border', (text) => expect(bordered(text)).toBe(true));

  it.each([
    'Ankara must stop its cross-border strikes.',
    'Border Guard units patrolled the town.',
    'The ministers discussed border security.',
  ])('does not read "%s" as a happening at a border', (text) => expect(bordered(text)).toBe(false));

  it('places a troop movement toward a border at the town the next sentence names, not at the dateline', () => {
    const body =
      'ADDIS ABABA, May 4 (Reuters) - Ethiopia has moved tanks and troops toward its northern border with Eritrea, ' +
      'diplomats said on Friday.\n\nResidents of the town of Adigrat said convoys of army trucks passed through ' +
      'on Thursday.';
    expect(placed(body, 'MOBILIZE')[0]).toEqual({ place: 'Adigrat', rule: 'place along the border' });
  });

  it('places an exercise near a border at the province the next sentence names', () => {
    const body =
      'WARSAW, Poland — Poland began a military exercise near its border with Belarus on Tuesday, deploying ' +
      'some 20,000 soldiers.\n\nThe drills are being held in the eastern Podlaskie province, the army said.';
    expect(placed(body, 'MOBILIZE')[0]?.place).toBe('Podlaskie');
  });

  it('falls back to the acting country, not its capital, when no place along the border is named', () => {
    const body =
      'WARSAW, Poland — Poland began a military exercise near its border with Belarus on Tuesday, deploying ' +
      'some 20,000 soldiers.\n\nOfficials said the drills would last ten days.';
    expect(placed(body, 'MOBILIZE')[0]).toEqual({ place: 'Poland', rule: 'border country' });
  });

  it.each([
    ['Floods cut off villages in the northwest.', true],
    ['Troops were sent to districts in the north on Monday.', true],
    ['Fighting raged in the north of Gaza.', false],
    ['The north has seen heavy rain.', false],
  ])('reads "%s" as set in a compass quarter: %s', (text, expected) => {
    const tokens = tokenize(text);
    expect(inCompassQuarter(tokens, 0, tokens.length)).toBe(expected);
  });

  it('places troops sent "in the northwest" at the district the next sentence names, not at the dateline', () => {
    const body =
      "PESHAWAR, Pakistan (AP) - Pakistan's army sent troops and helicopters on Monday to reach villages cut off " +
      'by floods in the northwest.\n\nMost of the dead were in Buner district, officials said.';
    expect(placed(body, 'MOBILIZE')[0]).toEqual({ place: 'Buner', rule: 'place of the quarter' });
  });

  it('keeps the dateline for a compass quarter when the next sentence names no place', () => {
    const body =
      "PESHAWAR, Pakistan (AP) - Pakistan's army sent troops and helicopters on Monday to reach villages cut off " +
      'by floods in the northwest.\n\nOfficials said the toll could rise.';
    expect(placed(body, 'MOBILIZE')[0]?.rule).not.toBe('border country');
  });
});
