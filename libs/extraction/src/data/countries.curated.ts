// Country names beyond i18n-iso-countries: Arabic and English variants, gentilic adjectives (used for context and
// for actor phrases such as الجيش التركي), capital metonyms (طهران → Iran) and centroids for country-level events.
// One line per country: cc|English display|English aliases|Arabic names|Arabic gentilic stems|English gentilics|
// capital (Arabic)|capital (English)|centroid lat,lon. Lists are comma separated; the first Arabic name displays.
const TABLE = `
SY|Syria|Syria,Syrian Arab Republic|سوريا,سورية,الجمهورية العربية السورية|سوري|Syrian|دمشق|Damascus|35.0,38.5
IQ|Iraq|Iraq|العراق,عراق|عراقي|Iraqi|بغداد|Baghdad|33.2,43.7
YE|Yemen|Yemen|اليمن,الجمهورية اليمنية|يمني|Yemeni|صنعاء|Sanaa,Sana'a|15.6,47.6
LY|Libya|Libya|ليبيا|ليبي|Libyan|طرابلس|Tripoli|27.0,17.5
LB|Lebanon|Lebanon|لبنان|لبناني|Lebanese|بيروت|Beirut|33.9,35.9
PS|Palestine|Palestine,Palestinian territories|فلسطين,الأراضي الفلسطينية|فلسطيني|Palestinian|رام الله|Ramallah|31.9,35.2
IL|Israel|Israel|إسرائيل,اسرائيل|إسرائيلي|Israeli|تل أبيب|Tel Aviv|31.4,35.0
JO|Jordan|Jordan|الأردن,المملكة الأردنية الهاشمية|أردني|Jordanian||Amman|31.2,36.5
EG|Egypt|Egypt|مصر,جمهورية مصر العربية|مصري|Egyptian|القاهرة|Cairo|26.7,30.8
SA|Saudi Arabia|Saudi Arabia,Kingdom of Saudi Arabia,KSA|السعودية,المملكة العربية السعودية|سعودي|Saudi|الرياض|Riyadh|24.0,45.0
TR|Turkey|Turkey,Türkiye,Turkiye|تركيا|تركي|Turkish|أنقرة|Ankara|39.0,35.2
IR|Iran|Iran,Islamic Republic of Iran|إيران,ايران|إيراني|Iranian|طهران|Tehran|32.4,53.7
AF|Afghanistan|Afghanistan|أفغانستان|أفغاني|Afghan|كابل|Kabul|33.9,67.7
PK|Pakistan|Pakistan|باكستان|باكستاني|Pakistani|إسلام آباد|Islamabad|30.4,69.3
IN|India|India|الهند|هندي|Indian|نيودلهي|New Delhi|21.0,78.0
CN|China|China,People's Republic of China|الصين|صيني|Chinese|بكين|Beijing|35.0,103.0
RU|Russia|Russia,Russian Federation|روسيا,روسيا الاتحادية|روسي|Russian|موسكو,الكرملين|Moscow,Kremlin|61.5,105.3
US|United States|United States,United States of America,America,USA,US,U.S.|الولايات المتحدة,الولايات المتحدة الأمريكية,الولايات المتحدة الأميركية,أمريكا,أميركا|أمريكي,أميركي|American|واشنطن,البيت الأبيض|Washington,White House|39.8,-98.6
GB|United Kingdom|United Kingdom,UK,Britain,Great Britain|بريطانيا,المملكة المتحدة|بريطاني|British|لندن|London|54.0,-2.0
FR|France|France|فرنسا|فرنسي|French|باريس,الإليزيه|Paris,Elysee|46.6,2.4
DE|Germany|Germany|ألمانيا|ألماني|German|برلين|Berlin|51.2,10.4
IT|Italy|Italy|إيطاليا|إيطالي|Italian|روما|Rome|42.8,12.6
ES|Spain|Spain|إسبانيا,اسبانيا|إسباني|Spanish|مدريد|Madrid|40.4,-3.7
NL|Netherlands|Netherlands,Holland|هولندا|هولندي|Dutch|أمستردام|Amsterdam|52.2,5.3
BE|Belgium|Belgium|بلجيكا|بلجيكي|Belgian|بروكسل|Brussels|50.6,4.7
CH|Switzerland|Switzerland|سويسرا|سويسري|Swiss|برن|Bern|46.8,8.2
AT|Austria|Austria|النمسا|نمساوي|Austrian|فيينا|Vienna|47.5,14.6
SE|Sweden|Sweden|السويد|سويدي|Swedish|ستوكهولم|Stockholm|62.0,15.0
NO|Norway|Norway|النرويج|نرويجي|Norwegian|أوسلو|Oslo|61.0,9.0
GR|Greece|Greece|اليونان|يوناني|Greek|أثينا|Athens|39.1,22.0
CY|Cyprus|Cyprus|قبرص|قبرصي|Cypriot|نيقوسيا|Nicosia|35.1,33.4
UA|Ukraine|Ukraine|أوكرانيا|أوكراني|Ukrainian|كييف|Kyiv,Kiev|49.0,31.4
JP|Japan|Japan|اليابان|ياباني|Japanese|طوكيو|Tokyo|36.2,138.3
KR|South Korea|South Korea,Republic of Korea|كوريا الجنوبية|كوري جنوبي|South Korean|سيول|Seoul|36.5,127.9
KP|North Korea|North Korea,DPRK|كوريا الشمالية|كوري شمالي|North Korean|بيونغ يانغ|Pyongyang|40.3,127.5
CA|Canada|Canada|كندا|كندي|Canadian|أوتاوا|Ottawa|56.1,-106.3
AU|Australia|Australia|أستراليا|أسترالي|Australian|كانبرا|Canberra|-25.3,133.8
BR|Brazil|Brazil|البرازيل|برازيلي|Brazilian|برازيليا|Brasilia|-14.2,-51.9
AE|United Arab Emirates|United Arab Emirates,UAE,Emirates|الإمارات,الإمارات العربية المتحدة,دولة الإمارات|إماراتي|Emirati|أبوظبي,أبو ظبي|Abu Dhabi|23.9,54.3
QA|Qatar|Qatar|قطر,دولة قطر|قطري|Qatari|الدوحة|Doha|25.3,51.2
KW|Kuwait|Kuwait|الكويت,دولة الكويت|كويتي|Kuwaiti|مدينة الكويت|Kuwait City|29.37,47.98
BH|Bahrain|Bahrain|البحرين,مملكة البحرين|بحريني|Bahraini|المنامة|Manama|26.0,50.55
OM|Oman|Oman,Sultanate of Oman|سلطنة عمان|عماني|Omani|مسقط|Muscat|21.5,55.9
SD|Sudan|Sudan|السودان|سوداني|Sudanese|الخرطوم|Khartoum|15.5,30.2
SS|South Sudan|South Sudan|جنوب السودان|جنوب سوداني|South Sudanese|جوبا|Juba|7.9,30.0
SO|Somalia|Somalia|الصومال|صومالي|Somali|مقديشو|Mogadishu|5.2,46.2
DJ|Djibouti|Djibouti|جيبوتي|جيبوتي|Djiboutian||Djibouti City|11.59,43.15
ER|Eritrea|Eritrea|إريتريا,اريتريا|إريتري|Eritrean|أسمرة|Asmara|15.2,39.8
ET|Ethiopia|Ethiopia|إثيوبيا,اثيوبيا|إثيوبي|Ethiopian|أديس أبابا|Addis Ababa|9.1,40.5
TN|Tunisia|Tunisia|تونس|تونسي|Tunisian||Tunis|34.0,9.5
DZ|Algeria|Algeria|الجزائر|جزائري|Algerian||Algiers|28.0,2.6
MA|Morocco|Morocco|المغرب,المملكة المغربية|مغربي|Moroccan|الرباط|Rabat|31.8,-7.1
MR|Mauritania|Mauritania|موريتانيا|موريتاني|Mauritanian|نواكشوط|Nouakchott|21.0,-10.9
ML|Mali|Mali|مالي||Malian|باماكو|Bamako|17.6,-4.0
NE|Niger|Niger|النيجر|نيجري|Nigerien|نيامي|Niamey|17.6,8.1
NG|Nigeria|Nigeria|نيجيريا|نيجيري|Nigerian|أبوجا|Abuja|9.1,8.7
TD|Chad|Chad|تشاد|تشادي|Chadian|نجامينا|N'Djamena|15.5,18.7
KE|Kenya|Kenya|كينيا|كيني|Kenyan|نيروبي|Nairobi|0.0,37.9
ID|Indonesia|Indonesia|إندونيسيا|إندونيسي|Indonesian|جاكرتا|Jakarta|-0.8,113.9
MY|Malaysia|Malaysia|ماليزيا|ماليزي|Malaysian|كوالالمبور|Kuala Lumpur|4.2,101.9
BD|Bangladesh|Bangladesh|بنغلاديش|بنغلاديشي|Bangladeshi|دكا|Dhaka|23.7,90.4
MM|Myanmar|Myanmar,Burma|ميانمار,بورما|ميانماري|Burmese|نايبيداو|Naypyidaw|21.9,95.9
AZ|Azerbaijan|Azerbaijan|أذربيجان|أذربيجاني|Azerbaijani|باكو|Baku|40.1,47.6
AM|Armenia|Armenia|أرمينيا|أرميني|Armenian|يريفان|Yerevan|40.1,45.0
GE|Georgia|Georgia|جورجيا|جورجي|Georgian|تبليسي|Tbilisi|42.3,43.4
VE|Venezuela|Venezuela|فنزويلا|فنزويلي|Venezuelan|كاراكاس|Caracas|6.4,-66.6
MX|Mexico|Mexico|المكسيك|مكسيكي|Mexican|مكسيكو سيتي|Mexico City|23.6,-102.6
VA|Vatican|Vatican,Holy See|الفاتيكان|فاتيكاني|Vatican||Vatican City|41.9,12.45
BF|Burkina Faso|Burkina Faso|بوركينا فاسو|بوركيني|Burkinabe,Burkinabè|||12.3,-1.6
CM|Cameroon|Cameroon|الكاميرون|كاميروني|Cameroonian|||5.7,12.7
CF|Central African Republic|Central African Republic|جمهورية أفريقيا الوسطى,أفريقيا الوسطى||Central African|||6.6,20.9
CD|DR Congo|Democratic Republic of the Congo,Democratic Republic of Congo,DR Congo,Congo-Kinshasa,Congo|جمهورية الكونغو الديمقراطية,الكونغو الديمقراطية|كونغولي|Congolese|||-2.9,23.7
CG|Republic of the Congo|Republic of the Congo,Republic of Congo,Congo-Brazzaville|جمهورية الكونغو,الكونغو برازافيل|||||-0.7,15.2
MZ|Mozambique|Mozambique|موزمبيق|موزمبيقي|Mozambican|||-18.7,35.5
CO|Colombia|Colombia|كولومبيا|كولومبي|Colombian|||4.6,-74.1
HT|Haiti|Haiti|هايتي||Haitian|||19.0,-72.7
PH|Philippines|Philippines|الفلبين|فلبيني|Filipino,Philippine|||12.9,121.8
UG|Uganda|Uganda|أوغندا|أوغندي|Ugandan|||1.4,32.3
BI|Burundi|Burundi|بوروندي||Burundian|||-3.4,29.9
RW|Rwanda|Rwanda|رواندا|رواندي|Rwandan|||-1.9,29.9
CI|Côte d'Ivoire|Ivory Coast,Cote d'Ivoire|ساحل العاج,كوت ديفوار,كوت دي فوار|إيفواري|Ivorian|||7.5,-5.5
`;

export interface CuratedCountry {
  cc: string;
  en: string;
  enAliases: string[];
  ar: string[];
  /** Masculine singular gentilic stems (سوري); inflected forms are generated (السوري, السورية, السوريون…). */
  arGentilic: string[];
  enGentilic: string[];
  capitalAr: string[];
  capitalEn: string[];
  centroid: [number, number];
}

const list = (s: string): string[] =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

export const CURATED_COUNTRIES: CuratedCountry[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [cc, en, enAliases, ar, arG, enG, capAr, capEn, centroid] = line.split('|');
    const [lat, lon] = centroid.split(',').map(Number);
    return {
      cc,
      en,
      enAliases: list(enAliases),
      ar: list(ar),
      arGentilic: list(arG),
      enGentilic: list(enG),
      capitalAr: list(capAr),
      capitalEn: list(capEn),
      centroid: [lat, lon],
    };
  });

/** Inflections of an Arabic gentilic stem: سوري → سوري السوري سورية السورية سوريون السوريون سوريين السوريين. */
export function arabicGentilicForms(stem: string): string[] {
  const words = stem.split(' ');
  const forms: string[] = [];
  for (const suffix of ['', 'ة', 'ون', 'ين']) {
    const inflected = words.map((w) => w + suffix);
    forms.push(inflected.join(' '), inflected.map((w) => 'ال' + w).join(' '));
  }
  return forms;
}
