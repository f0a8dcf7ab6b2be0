// Proves the first-level region table (places.regions.ts) and the English name rules around it: region names with a
// lower-case head, a region after a comma naming the town's country, a lower-case head after a name as a trigger,
// curated names inside a person's name, and listed camp names with lower-case inner words.
import { findPlaces, type PlaceMention } from './index';

const all = (text: string): PlaceMention[] => findPlaces(text, { language: 'en' });
const at = (text: string, surface: string): PlaceMention | undefined => all(text).find((m) => m.surface === surface);

describe('first-level regions in English wire copy', () => {
  it.each([
    ['Gunmen killed 12 villagers in Zamfara state, northwest Nigeria.', 'Zamfara state', 'NG'],
    ['Boko Haram fighters attacked a base in Borno state on Monday.', 'Borno state', 'NG'],
    ["Police clashed with protesters in South Africa's KwaZulu-Natal province.", 'KwaZulu-Natal', 'ZA'],
    ['Rebels attacked villages in North Kivu province, the army said.', 'North Kivu province', 'CD'],
    ['Troops clashed with Fano militiamen in the Amhara region.', 'Amhara region', 'ET'],
    ['Protesters stormed a building in Kachin state, local media said.', 'Kachin state', 'MM'],
    ['Troops killed two gunmen in Michoacan state, the ministry said.', 'Michoacan state', 'MX'],
    ['A police helicopter was downed in the northern Antioquia department.', 'Antioquia', 'CO'],
    ['The RSF shelled villages in North Darfur on Tuesday.', 'North Darfur', 'SD'],
  ])('%s', (text, surface, cc) => {
    expect(at(text, surface)?.place.country).toBe(cc);
  });

  it("reads Colombia's Narino as the department, not the Antioquia town of that name", () => {
    const narino = at("Rebels handed over their weapons in Colombia's southwestern Narino province.", 'Narino');
    expect(narino?.place.kind).toBe('admin1');
    expect(narino?.place.lat).toBeCloseTo(1.6, 0);
  });

  it('lists word-like region names only with their head', () => {
    expect(at('Gunmen attacked a village in Plateau State.', 'Plateau State')?.place.country).toBe('NG');
    expect(all('He raised his chin and smiled at Karen.')).toEqual([]);
  });

  it('reads Punjab by the country the text names', () => {
    expect(at('Farmers blocked roads in Punjab province, Pakistan.', 'Punjab province')?.place.country).toBe('PK');
    expect(at('Indian farmers marched in Punjab on Sunday, police in India said.', 'Punjab')?.place.country).toBe('IN');
  });
});

describe('the country after a comma', () => {
  it('takes the country of a region named after the town', () => {
    expect(at('Canadian officials said a man was held in Richmond, Virginia.', 'Richmond')?.place.country).toBe('US');
  });

  it('drops a GeoNames namesake when the named country has no such place', () => {
    const found = all('Thousands marched in Santa Cruz, Bolivia, against fuel shortages.');
    expect(found.map((m) => m.place.country)).toEqual(['BO']);
  });
});

describe('a lower-case head after a name', () => {
  it('vouches for a foreign city as a trigger would', () => {
    expect(at('Residents fled Kherson city after Russian shelling.', 'Kherson')?.place.country).toBe('UA');
  });

  it('does not vouch for the piece of a longer name it ends', () => {
    expect(at('An air strike near Jilib in the Middle Juba region killed five.', 'Juba')).toBeUndefined();
  });

  it('lets a listed camp name keep its lower-case inner words', () => {
    expect(
      at('Shells hit the Zamzam displacement camp south of the city.', 'Zamzam displacement camp')?.place.country,
    ).toBe('SD');
  });
});

describe('curated names inside a person name', () => {
  it.each([
    ['Tunisian police detained Issam Chebbi and Jawhar Ben Mbarek last year.', 'Jawhar'],
    ['Police spokesman Abdifatah Aden Hassan said the shells hit a market.', 'Aden'],
    ['Defence Cabinet Secretary Aden Duale published a notice on Friday.', 'Aden'],
  ])('%s', (text, surface) => {
    expect(at(text, surface)).toBeUndefined();
  });

  it('keeps the place after a trigger, a country adjective or before a place head', () => {
    expect(at('Gunmen attacked a checkpoint in Aden on Monday.', 'Aden')?.place.country).toBe('YE');
    expect(at('The Yemeni Aden Refinery Company said supplies resumed.', 'Aden')?.place.country).toBe('YE');
    expect(at('Fighters attacked Jowhar, the capital of Middle Shabelle.', 'Jowhar')?.place.country).toBe('SO');
  });
});

describe('namesakes listed side by side', () => {
  it("reads Mansoura as Aden's district in Yemeni news and as the Egyptian city otherwise", () => {
    const aden = 'Houthi fighters shelled Al-Mansoura in Aden, killing two civilians.';
    expect(at(aden, 'Al-Mansoura')?.place.country).toBe('YE');
    expect(at('Police arrested two men in Mansoura after clashes.', 'Mansoura')?.place.country).toBe('EG');
  });
});

describe('a region named after a lower-case compass word', () => {
  it.each([
    ['An Israeli strike hit a car in southern Lebanon on Monday.', 'southern Lebanon', 'South Lebanon'],
    ['An Israeli strike hit a car in south Lebanon on Monday.', 'south Lebanon', 'South Lebanon'],
    ['Shelling in the eastern Ghouta killed 12 people.', 'eastern Ghouta', 'Eastern Ghouta'],
    ['Gunmen attacked a village in north Darfur.', 'north Darfur', 'North Darfur'],
  ])('reads %j as the region', (text, surface, region) => {
    expect(at(text, surface)?.place.name).toBe(region);
  });
  it('keeps a lower-case compass word out of town and country names', () => {
    expect(all('He drove to east Chicago on Monday.').map((m) => m.surface)).not.toContain('east Chicago');
    const sudan = all('Fighting spread in south Sudan in 1983.');
    expect(sudan.map((m) => m.surface)).toEqual(['Sudan']);
    expect(sudan[0].place.country).toBe('SD');
  });
});

describe('the Nigerian states of the south and west', () => {
  it.each([
    ['Gunmen kidnapped 20 passengers from a bus in Ogun state on Monday.', 'Ogun state'],
    ['Police clashed with protesters in Osun state.', 'Osun state'],
    ['Floods swept through villages in Bayelsa state.', 'Bayelsa state'],
    ['Gunmen killed four people in Edo state.', 'Edo state'],
  ])('%s', (text, surface) => {
    expect(at(text, surface)?.place.country).toBe('NG');
  });
  it('reads word-like state names only with their head', () => {
    expect(all('The Edo period ended in 1868.').map((m) => m.surface)).not.toContain('Edo');
  });
});
