// Proves the gazetteer on the seed article (every gold place, right coordinates and offsets), Arabic clitics,
// English capitalisation, names that are also words, and same-name disambiguation from context.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPlaces, placeById, type PlaceMention } from './index';

const seed = readFileSync(join(__dirname, '../../../../seeds/articles/syria-2016-aleppo-palmyra.ar.txt'), 'utf8');

function find(text: string, surface: string): PlaceMention | undefined {
  return findPlaces(text).find((m) => m.surface === surface);
}

describe('findPlaces on the seed article', () => {
  const mentions = findPlaces(seed);

  it('reports offsets into the original text, sorted and non-overlapping', () => {
    let last = -1;
    for (const m of mentions) {
      expect(seed.slice(m.start, m.end)).toBe(m.surface);
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.end;
    }
  });

  it.each([
    ['تدمر', 'SY', 34.556, 38.267],
    ['حلب', 'SY', 36.2, 37.15],
    ['الباب', 'SY', 36.37, 37.52],
    ['دوما', 'SY', 33.571, 36.402],
    ['مضايا', 'SY', 33.688, 36.097],
    ['حرستا', 'SY', 33.559, 36.365],
    ['الغوطة الشرقية', 'SY', 33.53, 36.43],
    ['حي الشيخ سعيد', 'SY', 36.166, 37.166],
  ])('finds %s in %s near %f,%f', (surface, cc, lat, lon) => {
    const m = mentions.find((x) => x.surface === surface);
    expect(m).toBeDefined();
    expect(m?.place.country).toBe(cc);
    expect(Math.abs((m?.place.lat ?? 0) - lat)).toBeLessThan(0.05);
    expect(Math.abs((m?.place.lon ?? 0) - lon)).toBeLessThan(0.05);
  });

  it('does not read the word مدينة or the first name رياض as places', () => {
    expect(mentions.some((m) => m.surface === 'مدينة' || m.surface === 'رياض')).toBe(false);
  });
});

describe('Arabic proclitics', () => {
  it.each([
    ['قصف عنيف بمدينة دوما', 'دوما', 'Douma'],
    ['توجهت القوات لتدمر أمس', 'تدمر', 'Palmyra'],
    ['في دمشق وحلب', 'حلب', 'Aleppo'],
    ['القصف على حرستا بالغوطة الشرقية', 'الغوطة الشرقية', 'Eastern Ghouta'],
  ])('%s → %s', (text, surface, name) => {
    const m = find(text, surface);
    expect(m?.place.name).toBe(name);
    expect(text.slice(m?.start ?? 0, m?.end ?? 0)).toBe(surface);
  });
});

describe('names that are also words', () => {
  it('الباب "the door" without a trigger is not a place', () => {
    expect(findPlaces('أغلق الرجل الباب خلفه وخرج إلى الشارع')).toEqual([]);
  });

  it('«الباب» in quotes and مدينة الباب are al-Bab', () => {
    expect(find('اقتحمت القوات «الباب» من أربع جهات', 'الباب')?.place.id).toBe('gn:174018');
    expect(find('سيطرت القوات على مدينة الباب', 'الباب')?.place.id).toBe('gn:174018');
  });
});

describe('English', () => {
  it('matches capitalised names only', () => {
    const text = 'Rebels left Aleppo and Douma; Mobile phones were cut in al-Bab.';
    const names = findPlaces(text).map((m) => m.place.name);
    expect(names).toContain('Aleppo');
    expect(names).toContain('Douma');
    expect(names).not.toContain('Mobile');
  });

  it('reads US only in capitals', () => {
    expect(findPlaces('The US said').map((m) => m.place.id)).toEqual(['country:US']);
    expect(findPlaces('Tell us more')).toEqual([]);
  });
});

describe('disambiguation', () => {
  it('Palmyra is the Syrian city, not a US town', () => {
    expect(findPlaces('ISIS retook Palmyra on Sunday')[0]?.place.country).toBe('SY');
  });

  it('Tripoli is Libya unless Lebanon is in context', () => {
    expect(findPlaces('Clashes erupted in Tripoli overnight')[0]?.place.country).toBe('LY');
    expect(findPlaces('Clashes erupted in Tripoli, northern Lebanon')[0]?.place.country).toBe('LB');
    expect(find('اشتباكات في طرابلس شمال لبنان', 'طرابلس')?.place.country).toBe('LB');
  });

  it('Douma is the Syrian one, in news about Syria; دومًا is the adverb "always"', () => {
    expect(find('قصف على دوما في ريف دمشق', 'دوما')?.place.country).toBe('SY');
    expect(find('قصف على مدينة دوما', 'دوما')?.place.country).toBe('SY');
    expect(find('إن وزارة العدل قالت دوما إن بولارد', 'دوما')).toBeUndefined();
    expect(find('قالت دومًا في سوريا', 'دومًا')).toBeUndefined();
    expect(find('أوقفت قوة 23 شخصاً سورياً في لبنان', 'سورياً')).toBeUndefined();
  });

  it('finds Suruc, Sagaing Region and Ain Zara (not Al Ain)', () => {
    expect(find('في مدينة سوروتش القريبة من الحدود السورية', 'سوروتش')?.place.country).toBe('TR');
    expect(findPlaces('a village in the central Sagaing region')[0]?.place.id).toBe('cur:sagaing-region');
    const ain = findPlaces('Clashes broke out in Ain Zara, south of Tripoli');
    expect(ain[0]?.place.id).toBe('cur:ain-zara');
    expect(ain.some((m) => m.place.country === 'AE')).toBe(false);
  });

  it('عمان is Amman with Jordanian context and Oman otherwise', () => {
    expect(find('وصل الوزير إلى عمان في زيارة للأردن', 'عمان')?.place.country).toBe('JO');
    expect(find('وصل الوزير إلى سلطنة عمان', 'سلطنة عمان')?.place.id).toBe('country:OM');
    expect(find('وصل الوزير إلى عمان', 'عمان')?.place.id).toBe('country:OM');
  });
});

describe('placeById', () => {
  it('returns curated and generated places', () => {
    expect(placeById('cur:eastern-ghouta')?.nameAr).toBe('الغوطة الشرقية');
    expect(placeById('gn:170063')?.name).toBe('Aleppo');
    expect(placeById('nope')).toBeUndefined();
  });
});

describe('homonyms of foreign and generic names (round 3)', () => {
  const names = (text: string): string[] => findPlaces(text).map((m) => m.place.name);

  it('a trigger noun after another trigger is "the city", not Medina', () => {
    expect(names('تمشيط إحدى مناطق مدينة رفح في محافظة شمال سيناء')).not.toContain('Medina');
    expect(names('آخر مناطق المدينة كانت تحت سيطرة الحوثيين في عدن')).not.toContain('Medina');
  });

  it('a generic head before another word begins an unknown name (قرية تل شور is not Till)', () => {
    expect(names('صد هجوم في قرية تل شور شمال سنجار بالعراق')).not.toContain('Till');
  });

  it("a multi-word match never ends on a function word (في بيان أن is not Yan'an)", () => {
    expect(names('وذكرت الخارجية الصينية في بيان أن بكين ترحب')).not.toContain("Yan'an");
  });

  it('a small place of a country the text does not name is dropped in a text about other countries', () => {
    expect(names('قتل مدنين اثنين في قصف الحوثيين على عدن في اليمن')).not.toContain('Medenine');
    expect(names('قصفت الطائرات مواقع بمناطق "المهدية" في محافظة مأرب اليمنية')).not.toContain('Mahdia');
  });

  it('capitals and places of a country named in the text still count', () => {
    expect(names('وصل الوفد إلى أبو ظبي قادما من الرياض')).toContain('Abu Dhabi');
    expect(names('مدينة مدنين في جنوب تونس')).toContain('Medenine');
  });

  it('English given names are not towns: Hassan in Lebanese news', () => {
    expect(names('Hezbollah lawmaker Hassan Fadlallah said Lebanon would respond.')).not.toContain('Hassan');
    expect(names('Army commander Colonel Abdullahi Hassan told radio in Somalia.')).not.toContain('Hassan');
  });

  it('continent names are not town alternates: "U.S. Africa Command" is not Mahdia', () => {
    expect(names('The U.S. Africa Command said it struck militants in Somalia.')).not.toContain('Mahdia');
    expect(names('The White House said it was monitoring Syria.')).not.toContain('Casablanca');
  });

  it('النبطية is Nabatieh in Lebanese news, Nabati poetry otherwise', () => {
    expect(names('غارة إسرائيلية على النبطية في جنوب لبنان')).toContain('Nabatieh');
    expect(names('بلدة النبطية')).toContain('Nabatieh');
    expect(names('ألقى الشاعر القصائد النبطية في الحفل')).toEqual([]);
  });

  it('المملكة alone is Saudi context for Saudi towns', () => {
    expect(names('زار الوفد الأمريكي المملكة ثم توجه إلى الزلفي')).toContain('Az Zulfi');
  });
});

describe('conflict-country breadth (towns outside the MENA core)', () => {
  const place = (text: string, surface: string) => findPlaces(text).find((m) => m.surface === surface)?.place;

  it.each([
    ['Gunmen attacked an army post near Djibo in northern Burkina Faso.', 'Djibo', 'BF'],
    ['Rebels seized Walikale as the army withdrew from North Kivu, Congo.', 'Walikale', 'CD'],
    ['Trade resumed at Torkham after the border crossing was shut for a week.', 'Torkham', 'PK'],
    ['Militants overran a base in Bulo Burde, Somalia.', 'Bulo Burde', 'SO'],
    ['Families fled El Fasher for Tawila in North Darfur, Sudan.', 'Tawila', 'SD'],
    ['Fighting closed the port of Kyaukphyu in Myanmar.', 'Kyaukphyu', 'MM'],
    ['Gangs attacked Kenscoff, in the hills above Port-au-Prince, Haiti.', 'Kenscoff', 'HT'],
    ['An airstrike hit the outskirts of Tyre in southern Lebanon.', 'Tyre', 'LB'],
    ['Gangs attacked Pétion-Ville overnight.', 'Pétion-Ville', 'HT'],
    ['Ocalan has been held on İmralı island since 1999.', 'İmralı', 'TR'],
    ['A drone attack targeted the Khor Mor gas field.', 'Khor Mor', 'IQ'],
    ['Two rockets were fired at Ain al-Asad air base.', 'Ain al-Asad air base', 'IQ'],
    ["Thousands gathered in Martyrs' Square in central Tripoli.", "Martyrs' Square", 'LY'],
    ["Crowds filled Beirut's Martyrs’ Square.", 'Martyrs’ Square', 'LB'],
    ['Police fired on protesters in New Baneshwor, Kathmandu.', 'New Baneshwor', 'NP'],
    ['Jihadists attacked camps in Kayes and Nioro du Sahel.', 'Nioro du Sahel', 'ML'],
  ])('%s', (text, surface, cc) => {
    expect(place(text, surface)?.country).toBe(cc);
  });

  it('reads "Congo" as DR Congo, and a homonym in the country the text is about', () => {
    expect(place('Fighting in Congo displaced thousands near Goma.', 'Congo')?.country).toBe('CD');
    const yemen =
      'Yemen: Houthi forces shelled Hays in Yemen, south of Hodeidah. The US condemned the attack in Yemen.';
    expect(place(yemen, 'Hays')?.country).toBe('YE');
  });

  it('keeps small foreign towns and common words out without corroboration', () => {
    // Mission (US), Brent (US), Normal (US): words first; a 20k town of a country the text does not name is dropped.
    const text = 'The UN Assistance Mission in Iraq said Brent crude rose. Normal life returned to Baghdad.';
    expect(findPlaces(text).map((m) => m.place.country)).toEqual(['IQ', 'IQ']);
    // Arabic صور ("pictures") stays a word without a trigger, the English name Tyre does not need one.
    expect(findPlaces('نشر صور الحادث على مواقع التواصل').filter((m) => m.place.kind !== 'country')).toEqual([]);
  });
});
