// Places that Arabic news of the development days names after a settlement noun (مدينة، بلدة، قرية، مخيم …) in
// security and conflict reports, and that the other tables lacked: the Saudi Eastern Province villages of attacks on
// worshippers and on patrols (الدالوة، الجش), Bahrain's العكر (a: "الماء العكر", muddy water, is an idiom), the Ghab
// plain's جورين (Daraa's villages, قاح, الجفينة and سناح are in places.fronts.ts), the Turkish south-east, Chitral,
// Susya and Alexandria's Sidi Bishr. Found by listing the names after those nouns that findPlaces missed (counted
// over the unlabeled corpus days), kept only where the place is certain. Left out: Incirlik air base, named nearly
// always as what an agreement lets planes use (the agreement and the strikes are not there). The Asir coast
// governorate of al-Birk (البرك, also "the ponds", GeoNames' key for Aalborg) and Kızıltepe in Mardin (كيزيل تبه, read
// as Kyzyl in Russia) were found among the far places the corpus resolved. Then Taiz's Sabir al-Mawadim, Kuwait
// City's al-Sawabir (the Imam Sadiq mosque bombing), Çınar in Diyarbakır, Gwoza in Borno (جوزا needs a place noun),
// Kendrapara and Madhya Pradesh, Egypt's 6th of October City, Baden-Württemberg and Querétaro; then, from a list of
// Arabic ASSAULT misses of train, the names the other days repeat: Nalchik (3 more articles, Russia's raids in
// Kabardino-Balkaria) and Badakhshan's Warduj (2, two spellings); Kumjouia, Akdah, al-Hujailah, Shanaf and Zargel do
// not recur and stay out. Coordinates: the town centre (Warduj: its valley's villages, between Baharak and Zebak).
// Format: see curated-table.ts.
import type { CuratedPlace } from './curated-place.types';
import { parseCuratedTable } from './curated-table';

const TABLE = `
al-dalwah|al-Dalwah|Dalwa,al-Dalwa|الدالوة|SA|25.47|49.72|town|
al-jish|al-Jish|Al Jish|الجش|SA|26.52|49.96|town|
al-akr|al-Akr|Al Akr,Akr|العكر,العكر الغربي,العكر الشرقي|BH|26.18|50.6|town|a
jurin|Jurin|Joureen,Jureen|جورين|SY|35.64|36.33|town|
pozanti|Pozanti|Pozantı|بوزانتي|TR|37.4278|34.8697|town|
chitral|Chitral||شيترال,تشيترال,جترال|PK|35.8518|71.7864|town|
susya|Susya|Susiya,Khirbet Susiya|سوسيا|PS|31.3917|35.1125|town|
sidi-bishr|Sidi Bishr|Sidi Beshr|سيدي بشر|EG|31.2585|29.9925|district|
al-birk|al-Birk|Al Birk|البرك|SA|18.21|41.54|town|a
kiziltepe|Kiziltepe|Kızıltepe|كيزيل تبه,قزل تبه,كيزيلتبه|TR|37.1884|40.5772|town|gid=307084
sabir-al-mawadim|Sabir al-Mawadim|Sabir Al Mawadim|صبر الموادم|YE|13.52|44.04|district|
al-sawabir|al-Sawabir|Sawabir|الصوابر|KW|29.37|47.988|district|
cinar|Cinar|Çınar|تشينار|TR|37.7223|40.407|town|gid=318404
gwoza|Gwoza||جوزا,غووزا|NG|11.0831|13.6959|town|a,gid=2339665
kendrapara|Kendrapara||كيندرابارا|IN|20.5|86.42|town|
madhya-pradesh|Madhya Pradesh||ماديا براديش,مادهيا براديش|IN|23.5|78.5|admin1|
sixth-of-october|6th of October City|Sixth of October City|مدينة السادس من أكتوبر,مدينة ستة أكتوبر,مدينة 6 أكتوبر|EG|29.9361|30.9269|city|gid=353219
baden-wurttemberg|Baden-Wurttemberg|Baden-Württemberg|بادن فورتمبيرج,بادن فورتمبيرغ,بادن فوتمبيرغ|DE|48.54|9.04|admin1|
queretaro|Queretaro|Santiago de Queretaro,Querétaro|كويريتارو,كيريتارو|MX|20.5881|-100.3881|city|gid=3991164
nalchik|Nalchik|Nal'chik|نالتشيك,نالشيك|RU|43.4981|43.6189|city|gid=523523
warduj|Warduj|Wardooj,Warduj district|وردوج,واردوج|AF|36.75|70.85|district|
`;

export const CORPUS_GAP_PLACES: CuratedPlace[] = parseCuratedTable(TABLE);
