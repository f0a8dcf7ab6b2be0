// A short city in capitals opening a wire story is its dateline, not an acronym (dateline-head.ts, match-places.ts).
import { findPlaces } from './find-places';
import { placed } from '../assemble/places/placed-events.fixture';

const names = (text: string) => findPlaces(text, { language: 'en' }).map((m) => m.place.name);

describe('short all-caps dateline cities', () => {
  it.each([
    ['LIMA (Reuters) - Police cleared a road blockade on Sunday.', 'Lima'],
    ['GOMA, Democratic Republic of Congo, May 2 (Reuters) - Rebels shelled a camp.', 'Goma'],
    ['BAKU/MOSCOW, July 1 (Reuters) - Police raided an office on Monday.', 'Baku'],
    ['ERBIL/ROME: Officials met on Monday.', 'Rome'],
    ['PORT-AU-PRINCE, Haiti (AP) - Gangs stormed a town.', 'Port-au-Prince'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('still reads short capitals elsewhere as acronyms', () => {
    expect(names('Officials of the ICRC and the UN met in Geneva. LIMA is not a place here.')).not.toContain('Lima');
    expect(names('The report by GOMA officials came out on Monday.')).not.toContain('Goma');
  });

  it('places a placeless lead at a short dateline city, as at a longer one', () => {
    const body =
      'GOMA, Democratic Republic of Congo (Reuters) - Rebels attacked an army post on Monday, killing five soldiers.';
    expect(placed(body, 'ASSAULT').map((p) => p.place)).toContain('Goma');
  });
});
