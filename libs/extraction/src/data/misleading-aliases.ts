// GeoNames alternate names that, in Arabic news, name something else: the key is dropped from that one place (its
// other names stay). الجزيرة is Algiers' etymology ("the islands") but in the news the Arabian Peninsula, Al Jazeera,
// the Saudi daily al-Jazirah, or Iraq's and Syria's Jazira: "منطقة الجزيرة" west of Ramadi was read as Algiers.
// بن is the "son of" of every Arab name (محمد بن سلمان, مطار بن غوريون), not Baneh (Iran) or Bonn (بون in the news).
// In English news Orano is the French nuclear fuel company (Niger's uranium mines), not Oran's Italian name, and
// Salam a family name (Lebanon's prime minister Nawaf Salam), not Saham in Oman.
// Arabic words that GeoNames lists as another spelling of a far town, found by listing the places outside the Middle
// East and North Africa that a fortnight of Saudi news (2015-07-21…08-08) resolved in articles naming no place of that
// country: امسك "he held" (Omsk is أومسك), مقر "headquarters" (Muqer), صناعتي "two industries" (Baghlan), تاني/تانه/ثين
// (Thane: Egyptian "second", the name Kittaneh), مدان "convicted" (Medan), البو the Iraqi tribal prefix of البو عيثة
// (Aalborg), الجين "the gene" (Elgin), لينين Lenin (Lenino), كانتون a Swiss canton (Guangzhou), شيئان "two things"
// (Shiyan), موسكو Moscow itself (Mesquite, Texas), داوني the surname Downey (Downey, California), فورت the Fort of
// US bases (Fürth), دوله "a state" (Dhulia), دلي (Delhi is دلهي), سمي "named" (Semey), رم of Wadi Rum (Rome is روما),
// البسيط "the simple", a Syrian coastal village (Albacete), كيف "how" (Kyiv is كييف), كان "was" (Caen is كاين),
// تويوتا the car maker (Toyota City), كرا of Taif's Jabal Kara (Gera), ناسك "your people" (Nashik), صياد "a
// fisherman" (Sayad). Found in the same fortnight: رباط "a bond, a ligament" and ربات "mistresses" (ربات البيوت
// "housewives") for Rabat (الرباط), أقصر "shorter" for Luxor (الأقصر), جديدة "new" (جبهة جديدة "a new front") for
// the Yemeni village al-Judaydah (الجديدة), كوت of كوت ديفوار for Kut (الكوت), ربك "your Lord" for Kosti (كوستي;
// Rabak keeps its own name ربك, a stop-listed word in place-stopwords.ts).
// Keys are normalizeKey forms; values are GeoNames ids.
export const MISLEADING_ALIASES: ReadonlyMap<string, readonly number[]> = new Map([
  ['الجزيره', [2507480]],
  ['بن', [141584, 2946447]],
  ['orano', [2485926]],
  ['salam', [286647]],
  ['امسك', [1496153]],
  ['مقر', [1132807]],
  ['صناعتي', [1147540]],
  ['تاني', [1254661]],
  ['تانه', [1254661]],
  ['ثين', [1254661]],
  ['مدان', [1214520]],
  ['البو', [2624886]],
  ['الجين', [4890864]],
  ['لينين', [703261]],
  ['كانتون', [1809858]],
  ['شييان', [1794903]],
  ['موسكو', [4710826]],
  ['داوني', [5343858]],
  ['فورت', [2923544]],
  ['دوله', [1272691]],
  ['دلي', [1273294]],
  ['سمي', [1519422]],
  ['رم', [3169070]],
  ['البسيط', [2522258]],
  ['كيف', [703448]],
  ['كان', [3029241]],
  ['تويوتا', [1849814]],
  ['كرا', [2921232]],
  ['ناسك', [1261731]],
  ['صياد', [1126266]],
  ['رباط', [2538475]],
  ['ربات', [2538475]],
  ['اقصر', [360502]],
  ['جديده', [30616]],
  ['كوت', [99131]],
  ['ربك', [371760]],
]);
