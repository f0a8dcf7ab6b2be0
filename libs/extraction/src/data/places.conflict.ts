// Conflict places outside the MENA core that GeoNames cities500 lacks (border crossings, camps, district towns of
// eastern Congo, Rakhine, Cabo Delgado, Darfur, south Lebanon) or spells unlike the news. Widely reported names only;
// coordinates: town centres. One line per place, as in places.mena.ts:
//   slug|English|English aliases|Arabic names|cc|lat|lon|kind|flags
// flags: a = the Arabic name is also a common word (طويلة "long", الخيام "the tents"): needs a trigger, quotes or a
// list; the English names stay plain place names. gid=N reuses a GeoNames place (its id) under the news spelling.
import type { CuratedPlace } from './curated-place.types';
import { parseCuratedTable } from './curated-table';

const TABLE = `
torkham|Torkham|Torkham border,Torkham crossing|طورخم|PK|34.1325|71.0914|town|
spin-boldak|Spin Boldak|Spin Buldak|سبين بولدك|AF|31.0047|66.3996|town|
walikale|Walikale|||CD|-1.4167|28.05|town|
masisi|Masisi|||CD|-1.4|28.8167|town|
rutshuru|Rutshuru|||CD|-1.1833|29.45|town|
kiwanja|Kiwanja|||CD|-1.15|29.4667|town|
bunagana|Bunagana|||CD|-1.2833|29.6|town|
minova|Minova|||CD|-1.7|29.0167|town|
kyaukphyu|Kyaukphyu|Kyaukpyu|كياوكفيو|MM|19.4299|93.5497|town|
maungdaw|Maungdaw|Maungtaw|مونغداو|MM|20.8167|92.3667|town|
buthidaung|Buthidaung||بوثيدونغ|MM|20.8667|92.5333|town|
myawaddy|Myawaddy|Myawadi||MM|16.6889|98.5085|town|
macomia|Macomia|||MZ|-12.2458|40.1222|town|
cabo-delgado|Cabo Delgado|Cabo Delgado province|كابو ديلغادو|MZ|-12.3333|39.3167|admin1|
tawila|Tawila|Tawilah|طويلة|SD|13.4986|24.8631|town|a
kani-mm|Kani|Kani township||MM|22.43|94.86|town|
jigawa|Jigawa State|Jigawa||NG|12.2|9.55|admin1|
kazaure|Kazaure|||NG|12.65|8.41|town|
barmal|Barmal|Barmal district|برمال|AF|32.65|69.3|district|
zababdeh|Zababdeh|Zababdah,Az-Zababida||PS|32.386|35.326|town|
gulf-of-aden|Gulf of Aden|||YE|12.0|47.0|region|
zamzam-camp|Zamzam camp|Zam Zam camp,Zamzam displacement camp|مخيم زمزم|SD|13.4833|25.2833|town|
khiam|Khiam|El Khiam,al-Khiam|الخيام|LB|33.3289|35.6111|town|a
bint-jbeil|Bint Jbeil|Bint Jbail|بنت جبيل|LB|33.1194|35.4333|town|
gazipur|Gazipur|Joydebpur|غازيبور|BD|23.9999|90.4203|city|
petion-ville|Pétion-Ville|Petion-Ville,Pétionville,Petionville,Petion Ville||HT|18.5125|-72.2853|city|gid=3719028
imrali|İmralı|Imrali,Imrali island,İmralı island,Imrali prison,İmralı prison||TR|40.537|28.532|town|
khor-mor|Khor Mor gas field|Khor Mor,Khormor,Khor Mor field||IQ|35.2|44.75|town|
ain-al-asad|Ain al-Asad air base|Ain al-Asad,Ain al-Assad,Ayn al-Asad,Al Asad Airbase,Al-Asad air base,Ain al-Asad airbase||IQ|33.786|42.441|frontline|
martyrs-square-tripoli|Martyrs' Square, Tripoli|Martyrs' Square,Martyrs Square||LY|32.8951|13.1802|district|
martyrs-square-beirut|Martyrs' Square, Beirut|Martyrs' Square,Martyrs Square||LB|33.8953|35.5076|district|
tuffah|Tuffah|al-Tuffah,Tuffah neighbourhood||PS|31.512|34.475|district|
new-baneshwor|New Baneshwor|Naya Baneshwor,Baneshwor||NP|27.6889|85.336|district|
nioro-du-sahel|Nioro du Sahel|Nioro||ML|15.2293|-9.5928|town|gid=2452651
bulo-burde|Bulo Burde|Bulo Barde,Buulobarde,Bulobarde,Bulo Burti||SO|3.8538|45.5674|town|gid=63689
geneva|Geneva|Genève,Geneve|جنيف|CH|46.2022|6.1457|city|gid=2660646
houla-lebanon|Houla|Hula||LB|33.2094|35.5164|town|
aitaroun|Aitaroun|Aytarun,Aitarun|عيترون|LB|33.1147|35.4708|town|
allenby-bridge|Allenby Bridge|Allenby crossing,Allenby Bridge crossing,King Hussein Bridge||PS|31.8728|35.5408|town|
sudzha|Sudzha|||RU|51.1917|35.2708|town|
cite-soleil|Cité Soleil|Cite Soleil,Cité-Soleil,Cite-Soleil|سيتي سوليل|HT|18.5806|-72.3328|district|
cabaret-ht|Cabaret|Cabaret commune||HT|18.7358|-72.4193|town|a,e,gid=3728964
saut-d-eau|Saut-d'Eau|Saut d'Eau,Saut d Eau||HT|18.8167|-72.2|town|
gopalganj-bd|Gopalganj|Gopalganj district||BD|23.005|89.8266|town|
gopalganj-in|Gopalganj|||IN|26.4673|84.4404|town|gid=1270965
sabiid|Sabiid|Sabid||SO|2.1|45.05|town|
guzara|Guzara|Guzarah,Gozara,Gozareh|غوزارا,كذره,كوزارا|AF|34.2122|62.2124|town|gid=1140605
`;

export const CONFLICT_PLACES: CuratedPlace[] = parseCuratedTable(TABLE);
