// Towns, spots and provinces of English wire copy on insurgencies and border disputes that GeoNames cities500 lacks
// (Ethiopia's Amhara and Tigray towns, Myanmar's Sagaing townships, Niger's Tillaberi posts, Cabo Delgado's coast,
// the South China Sea shoal, Haiti's Artibonite, the Armenian-Azerbaijani border villages) or knows only under
// another spelling (Mitrovicë, Mocímboa), so a happening placed there fell back to its province or country.
// Coordinates: GeoNames where gid= is given, else the town centre; the shoal its reef, provinces a rough centroid.
// Format: see curated-table.ts.
import type { CuratedPlace } from './curated-place.types';
import { parseCuratedTable } from './curated-table';

const TABLE = `
# Ethiopia: Amhara, Tigray and the Eritrean border
mota-et|Mota|||ET|11.083|37.867|town|
azezo|Azezo|||ET|12.56|37.43|town|
adi-arkay|Adi Arkay|Addi Arkay,Adi Arkai||ET|13.52|37.96|town|
zalambessa|Zalambessa|Zalambesa,Zalanbessa||ET|14.52|39.38|town|
shire-et|Shire|Inda Selassie,Inda Selassie (Shire),Shire Inda Selassie||ET|14.1|38.28|town|ae
# Myanmar: Sagaing townships
kanbalu|Kanbalu|||MM|23.2|95.52|town|
myinmu|Myinmu|||MM|21.93|95.58|town|
# Niger, Mali's Algerian border, Kenya and Mozambique
banibangou|Banibangou|Bani Bangou,Bani-Bangou||NE|15.04|2.7|town|
tinzaouaten|Tinzaouaten|Tin Zaouaten,Tinzaouatene,Tin Zaouatine,Tinzawaten|تين زواتين|ML|19.96|2.97|town|
todenyang|Todenyang|||KE|4.53|35.92|town|
mocimboa-da-praia|Mocimboa da Praia|Mocímboa da Praia,Mocimboa,Mocímboa||MZ|-11.3167|40.35|town|gid=1037370
mucojo|Mucojo|||MZ|-12.07|40.47|town|
# Dhaka's Mirpur beside Pakistan's (New) Mirpur, which held the bare name alone: the text's country picks one
mirpur-dhaka|Mirpur (Dhaka)|Mirpur||BD|23.8|90.36|district|
new-mirpur|New Mirpur|Mirpur||PK|33.1478|73.7519|city|gid=1169027
# Pakistan's tribal and Khyber Pakhtunkhwa districts
datta-khel|Datta Khel|Dattakhel||PK|32.95|69.78|town|
buner|Buner|Buner district|بونير|PK|34.44|72.5|district|
# Nigeria's Kebbi state: the school town of Maga and its local government area, Danko-Wasagu (seat Ribah)
maga-kebbi|Maga|||NG|11.38|4.96|town|
danko-wasagu|Danko-Wasagu|Danko Wasagu,Danko/Wasagu||NG|11.35|5.05|district|
# Kashmir's Line of Control, Colombia's Cauca and Arauca, and Iraq's Kirkuk valley
machil|Machil|Machil sector||IN|34.56|74.12|town|
el-plateado|El Plateado|||CO|2.25|-77.12|town|
puerto-jordan|Puerto Jordán|Puerto Jordan|بويرتو خوردان|CO|6.74|-71.1|town|
wadi-al-shay|Wadi al-Shay|Wadi al-Shai,Wadi Shay,Wadi al-Shay valley|وادي الشاي|IQ|35.25|44.15|district|
# The Philippines and the South China Sea
second-thomas-shoal|Second Thomas Shoal|Ayungin Shoal||PH|9.73|115.86|frontline|
zambales|Zambales|Zambales province||PH|15.5|120.1|admin1|
# Haiti, Kosovo, Armenia, Estonia and Poland
pont-sonde|Pont-Sondé|Pont-Sonde,Pont Sondé,Pont Sonde||HT|19.15|-72.61|town|
petite-riviere-artibonite|Petite-Riviere-de-l'Artibonite|Petite-Rivière-de-l'Artibonite,Petite Riviere de l'Artibonite,Petite Rivière de l'Artibonite||HT|19.13|-72.48|town|
mitrovica|Mitrovica|North Mitrovica,South Mitrovica,Mitrovicë||XK|42.8833|20.8667|city|gid=789225
kirants|Kirants|||AM|41.03|45.12|town|
muuga|Muuga|Muuga port,Muuga harbour||EE|59.49|24.96|town|
podlaskie|Podlaskie|Podlaskie province,Podlasie,Podlaskie Voivodeship||PL|53.25|22.9|admin1|
`;

export const WIRE_TOWN_PLACES: CuratedPlace[] = parseCuratedTable(TABLE);
