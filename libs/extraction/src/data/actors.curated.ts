// Curated actor dictionary: armed groups, coalitions, regime metonyms, institutions, IGOs, NGOs, media and a few
// well-known people, with Arabic and English aliases. Countries as states come from countries.curated.ts and the
// GeoNames country list; "institution + adjective" phrases (الجيش التركي) are composed in actors/actor-store.ts.
// One line per actor: id|kind|country|display name|English aliases|Arabic aliases (lists comma separated).
// ctx: lines are bare words whose meaning depends on the story (المقاومة, الائتلاف, المملكة): actor-context.ts
// resolves them to a real actor from the article's signs, or drops them.
import { LEADER_TABLE } from './actors.leaders';

export const ACTOR_TABLE =
  `
group:isis|armed_group||Islamic State|ISIS,ISIL,IS,Islamic State,Islamic State group,Daesh,Daish,Islamic State of Iraq and the Levant|ولاية نينوى,ولاية الرقة,داعش,تنظيم داعش,تنظيم الدولة,تنظيم الدولة الإسلامية,الدولة الإسلامية,الدولة الإسلامية في العراق والشام,دولة الخلافة,عناصر داعش,مسلحي داعش,مقاتلي داعش
group:houthis|rebels|YE|Houthis|Houthis,Houthi,Houthi rebels,Houthi militia,Ansar Allah,Ansarullah,Houthi-Saleh forces|الميليشيات الانقلابية,المليشيات الانقلابية,ميليشيات الحوثي والمخلوع,ميليشيا الحوثي والمخلوع صالح,الحوثيين والمخلوع,الحوثي وصالح,الحوثيون,الحوثيين,الحوثي,جماعة الحوثي,ميليشيا الحوثي,ميليشيات الحوثي,مليشيا الحوثي,مليشيات الحوثي,الميليشيات الحوثية,الميليشيا الحوثية,المليشيات الحوثية,أنصار الله,جماعة أنصار الله,المتمردين الحوثيين,المتمردون الحوثيون,متمردون حوثيون,متمردين حوثيين,مسلحون حوثيون,مسلحين حوثيين,مقاتلون حوثيون,مقاتلين حوثيين,ميليشيات حوثية,مليشيات حوثية,ميليشيا حوثية,مليشيا حوثية,عناصر حوثية,الانقلابيين,الانقلابيون,ميليشيات الحوثي وصالح,ميليشيا الحوثي وصالح,الحوثيين وقوات صالح
group:saleh-forces|militia|YE|Saleh forces|Saleh forces,forces loyal to Saleh|قوات صالح,قوات المخلوع,المخلوع,المخلوع صالح,قوات المخلوع صالح,الحرس الجمهوري,قوات الحرس الجمهوري,مليشيات صالح,ميليشيات صالح,ميليشيا صالح,مليشيا صالح,ميليشيات المخلوع,مليشيات المخلوع
group:aqap|armed_group|YE|al-Qaeda in the Arabian Peninsula|AQAP,al-Qaeda in the Arabian Peninsula|تنظيم القاعدة في جزيرة العرب,القاعدة في جزيرة العرب,أنصار الشريعة
group:al-qaeda|armed_group||al-Qaeda|al-Qaeda,al-Qaida,Al Qaeda,Qaeda|القاعدة,تنظيم القاعدة
group:nusra|armed_group|SY|Nusra Front|Nusra Front,al-Nusra Front,Jabhat al-Nusra,Nusra,Jabhat Fateh al-Sham,Hayat Tahrir al-Sham,HTS|جبهة النصرة,النصرة,جبهة فتح الشام,هيئة تحرير الشام
group:hezbollah|armed_group|LB|Hezbollah|Hezbollah,Hizbollah,Hizballah|حزب الله,ميليشيا حزب الله,ميليشيات حزب الله,حزب الله اللبناني,مليشيا حزب الله
group:pkk|armed_group|TR|PKK|PKK,Kurdistan Workers' Party|حزب العمال الكردستاني,العمال الكردستاني
group:ypg|armed_group|SY|YPG|YPG,People's Protection Units,Kurdish YPG|وحدات حماية الشعب,وحدات حماية الشعب الكردية
group:sdf|armed_group|SY|Syrian Democratic Forces|SDF,Syrian Democratic Forces|قوات سوريا الديمقراطية,قسد
group:pyd|party|SY|PYD|PYD,Democratic Union Party|حزب الاتحاد الديمقراطي
group:taliban|armed_group|AF|Taliban|Taliban,Afghan Taliban|طالبان,حركة طالبان
group:pakistani-taliban|armed_group|PK|Pakistani Taliban|Pakistani Taliban,TTP|طالبان باكستان,حركة طالبان باكستان
group:fatemiyoun|militia|IR|Fatemiyoun|Fatemiyoun,Fatemiyoun Brigade,Fatemiyoun Division,Liwa Fatemiyoun|فاطميون,لواء فاطميون,ميليشيا فاطميون,ميليشيا «فاطميون»,الفاطميون
group:zeynabiyoun|militia|IR|Zeynabiyoun|Zeynabiyoun,Zainabiyoun,Liwa Zainabiyoun|زينبيون,لواء زينبيون
group:euphrates-shield|rebels|TR|Euphrates Shield|Euphrates Shield,Operation Euphrates Shield,Euphrates Shield forces|درع الفرات,قوات درع الفرات,عملية درع الفرات
group:peshmerga|military|IQ|Peshmerga|Peshmerga,Kurdish Peshmerga|البيشمركة,قوات البيشمركة,البيشمركه الكردية,البشمركة,قوات البشمركة,البشمركة الكردية
group:pmf|militia|IQ|Popular Mobilization Forces|Popular Mobilization Forces,Popular Mobilisation Forces,PMF,PMU,Hashd al-Shaabi|الحشد الشعبي,ميليشيات الحشد الشعبي,قوات الحشد الشعبي,ميليشيا الحشد الشعبي
group:popular-resistance|militia|YE|Popular Resistance|Popular Resistance,Popular Resistance Committees|المقاومة الشعبية,رجال المقاومة الشعبية,عناصر المقاومة الشعبية,المقاومة الشعبية اليمنية,المقاومة اليمنية الشعبية
group:popular-committees|militia|YE|Popular Committees|Popular Committees|اللجان الشعبية,عناصر اللجان الشعبية,مسلحي اللجان الشعبية,مسلحو اللجان الشعبية
group:azal-resistance|militia|YE|Azal Resistance|Azal Resistance|مقاومة آزال,مقاومة إقليم آزال,مقاومة اقليم آزال
group:fsa|rebels|SY|Free Syrian Army|Free Syrian Army,FSA|الجيش السوري الحر,الجيش الحر
group:syrian-opposition|rebels|SY|Syrian opposition|Syrian opposition,Syrian rebels,opposition fighters,armed opposition|المعارضة السورية,المعارضة السورية المسلحة,المعارضة المسلحة,الفصائل,فصائل المعارضة,الفصائل المسلحة,مقاتلي المعارضة,مقاتلو المعارضة,الثوار
group:opposition|rebels||opposition|opposition,rebels|المعارضة
group:hnc|party|SY|High Negotiations Committee|High Negotiations Committee,HNC|الهيئة العليا للمفاوضات,الهيئة العليا للمفاوضات السورية,هيئة المفاوضات
group:syrian-coalition|party|SY|Syrian National Coalition|Syrian National Coalition,Syrian Coalition|الائتلاف الوطني السوري,الائتلاف السوري,الائتلاف الوطني لقوى الثورة والمعارضة السورية
group:ahrar-al-sham|rebels|SY|Ahrar al-Sham|Ahrar al-Sham|أحرار الشام,حركة أحرار الشام
group:jaish-al-islam|rebels|SY|Jaish al-Islam|Jaish al-Islam,Army of Islam|جيش الإسلام
group:jaish-al-fatah|rebels|SY|Jaish al-Fatah|Jaish al-Fatah,Army of Conquest|جيش الفتح
group:faylaq-al-rahman|rebels|SY|Faylaq al-Rahman|Faylaq al-Rahman|فيلق الرحمن
group:nour-al-din-zenki|rebels|SY|Nour al-Din al-Zenki|Nour al-Din al-Zenki|حركة نور الدين زنكي,نور الدين زنكي
group:hamas|armed_group|PS|Hamas|Hamas,Qassam Brigades,Izz ad-Din al-Qassam Brigades|حماس,حركة حماس,كتائب القسام,كتائب عز الدين القسام
group:islamic-jihad|armed_group|PS|Palestinian Islamic Jihad|Islamic Jihad,Palestinian Islamic Jihad|الجهاد الإسلامي,حركة الجهاد الإسلامي,سرايا القدس
group:fatah|party|PS|Fatah|Fatah|فتح,حركة فتح
group:boko-haram|armed_group|NG|Boko Haram|Boko Haram,Islamic State West Africa Province,ISWAP|بوكو حرام,جماعة بوكو حرام
group:al-shabaab|armed_group|SO|al-Shabaab|al-Shabaab,Al Shabaab,Shabaab|حركة الشباب,الشباب المجاهدين,حركة الشباب المجاهدين
group:muslim-brotherhood|party||Muslim Brotherhood|Muslim Brotherhood,Brotherhood|الإخوان المسلمين,الإخوان المسلمون,جماعة الإخوان,جماعة الإخوان المسلمين,الإخوان
group:irgc|military|IR|Islamic Revolutionary Guard Corps|IRGC,Revolutionary Guards,Islamic Revolutionary Guard Corps,Quds Force|الحرس الثوري,الحرس الثوري الإيراني,الحرس الثوري الإرهابي,فيلق القدس
group:basij|militia|IR|Basij|Basij|الباسيج,قوات الباسيج
group:asaib-ahl-al-haq|militia|IQ|Asaib Ahl al-Haq|Asaib Ahl al-Haq|عصائب أهل الحق
group:kataib-hezbollah|militia|IQ|Kataib Hezbollah|Kataib Hezbollah,Kata'ib Hezbollah|كتائب حزب الله
group:badr|militia|IQ|Badr Organization|Badr Organization,Badr Brigade|منظمة بدر,فيلق بدر
group:shabiha|militia|SY|Shabiha|Shabiha|الشبيحة,شبيحة النظام,شبيحة الأسد
group:ndf|militia|SY|National Defence Forces|National Defence Forces,NDF|قوات الدفاع الوطني,الدفاع الوطني
group:sectarian-militias|militia||sectarian militias|sectarian militias,Shiite militias|الميليشيات الطائفية,الميليشيات الشيعية,الميليشيات الإيرانية
group:jund-al-aqsa|armed_group|SY|Jund al-Aqsa|Jund al-Aqsa|جند الأقصى
group:southern-movement|party|YE|Southern Movement|Southern Movement,Hirak|الحراك الجنوبي
group:ansar-bait-al-maqdis|armed_group|EG|Ansar Bait al-Maqdis|Ansar Bait al-Maqdis,Sinai Province|أنصار بيت المقدس,ولاية سيناء
group:pnc|party|PS|Palestinian National Council|Palestinian National Council,PNC|المجلس الوطني الفلسطيني
group:iraqi-forces-alliance|party|IQ|Iraqi Forces Alliance|Iraqi Forces Alliance|تحالف القوى العراقية,اتحاد القوى العراقية
gov:LY-gnc|government|LY|General National Congress|General National Congress,GNC|المؤتمر الوطني العام,المؤتمر الوطني الليبي
mil:YE-taiz-military-council|military|YE|Taiz Military Council|Taiz Military Council|المجلس العسكري في تعز,المجلس العسكري بتعز,المجلس العسكري لمحافظة تعز
group:kck|party|TR|KCK|KCK,Kurdistan Communities Union|منظومة المجتمع الكردستاني,اتحاد مجتمعات كردستان
gov:IQ-nineveh-council|government|IQ|Nineveh Provincial Council|Nineveh Provincial Council|مجلس محافظة نينوى
igo:eurogroup|igo||Eurogroup|Eurogroup,eurozone finance ministers|مجموعة اليورو,وزراء مالية منطقة اليورو,وزراء مالية دول منطقة اليورو
igo:isdb|igo||Islamic Development Bank|Islamic Development Bank,IsDB|البنك الإسلامي للتنمية,البنك الاسلامي للتنمية
other:SA-senior-scholars|other|SA|Council of Senior Scholars|Council of Senior Scholars|هيئة كبار العلماء,الأمانة العامة لهيئة كبار العلماء
other:al-azhar|other|EG|Al-Azhar|Al-Azhar|الأزهر,الأزهر الشريف,مشيخة الأزهر
police:US-fbi|police|US|FBI|FBI,Federal Bureau of Investigation|مكتب التحقيقات الفيدرالي,مكتب التحقيقات الفدرالي,مكتب التحقيقات الاتحادي,مكتب التحقيقات الفيدرالية
ngo:yemeni-journalists-syndicate|ngo|YE|Yemeni Journalists Syndicate|Yemeni Journalists Syndicate|نقابة الصحفيين اليمنيين
group:separatists|rebels||separatists|separatists|الانفصاليون,الانفصاليين
gov:IQ-anbar-council|government|IQ|Anbar provincial council|Anbar provincial council|مجلس محافظة الأنبار,مجلس محافظة الانبار
mil:IQ-baghdad-ops|military|IQ|Baghdad Operations Command|Baghdad Operations Command|قيادة عمليات بغداد
group:maoist-communist-party|party|NP|Maoist Communist Party|Maoist Communist Party,Maoists|الحزب الشيوعي الماوي
group:kkk|other|US|Ku Klux Klan|Ku Klux Klan,KKK|كو كلوكس كلان,منظمة كو كلوكس كلان
igo:europol|igo||Europol|Europol|يوروبول,اليوروبول,الشرطة الأوروبية
person:ahmet davutoglu|person|TR|Ahmet Davutoglu|Ahmet Davutoglu,Davutoglu|أحمد داود أوغلو,داود أوغلو,داود اوغلو
group:libyan-national-army|military|LY|Libyan National Army|Libyan National Army,LNA,Haftar forces,Libyan army|الجيش الوطني الليبي,قوات حفتر,قوات الكرامة,الجيش الليبي,عملية الكرامة
group:fajr-libya|militia|LY|Libya Dawn|Libya Dawn,Fajr Libya|فجر ليبيا,قوات فجر ليبيا
group:ansar-al-sharia-libya|armed_group|LY|Ansar al-Sharia (Libya)|Ansar al-Sharia|أنصار الشريعة في ليبيا
group:aqim|armed_group||al-Qaeda in the Islamic Maghreb|AQIM|تنظيم القاعدة في بلاد المغرب الإسلامي,تنظيم القاعدة في بلاد المغرب,القاعدة في بلاد المغرب الإسلامي,القاعدة في بلاد المغرب,القاعدة في المغرب الإسلامي
group:janjaweed|militia|SD|Janjaweed|Janjaweed|الجنجويد,ميليشيا الجنجويد
group:rsf|armed_group|SD|Rapid Support Forces|Rapid Support Forces,RSF,Sudanese RSF|قوات الدعم السريع,الدعم السريع,ميليشيا الدعم السريع
group:polisario|rebels|MA|Polisario Front|Polisario,Polisario Front|جبهة البوليساريو,البوليساريو
group:kurdish-forces|armed_group||Kurdish forces|Kurdish forces,Kurdish fighters|القوات الكردية,المقاتلين الأكراد,المسلحين الأكراد
group:gunmen|other||gunmen|gunmen,militants,armed men,insurgents,bandits,armed bandits|مسلحون,مسلحين,المسلحين,المسلحون,مجهولون,مسلحون مجهولون,عناصر مسلحة,ملثمون,مسلحون ملثمون,مهاجمون ملثمون
gov:SY|government|SY|Syrian government|Syrian government,Syrian regime,Assad regime,Damascus government,regime|النظام,نظام الأسد,النظام السوري,الحكومة السورية,حكومة النظام,حكومة الأسد,نظام بشار الأسد,دمشق
mil:SY|military|SY|Syrian military|Syrian army,Syrian military,Assad forces,regime forces,Syrian government forces,pro-government forces,Syrian troops,regime warplanes,Syrian air force|جيش الأسد,قوات الأسد,قوات النظام,جيش النظام,الجيش السوري,قوات النظام السوري,ميليشيات النظام,ميليشيات الأسد,ميليشيا الأسد,الطائرات الحربية للنظام,طائرات النظام,طيران النظام,الطيران السوري,طائرات الأسد,مروحيات النظام,قوات الحكومة السورية,القوات الحكومية السورية,الجيش العربي السوري,قوات وميليشيات الأسد,قوات الأسد وميليشياته,الطيران الحربي للنظام
mil:coalition-arab|military|SA|Saudi-led coalition|Saudi-led coalition,Arab coalition,Arab-led coalition,coalition forces,coalition to support legitimacy|التحالف العربي,قوات التحالف العربي بقيادة السعودية,تحالف إعادة الأمل,قوات التحالف العربي,تحالف دعم الشرعية,التحالف بقيادة السعودية
mil:coalition-us|military|US|US-led coalition|US-led coalition,international coalition,anti-ISIS coalition,Global Coalition|التحالف الدولي,الائتلاف الدولي,التحالف الدولي ضد داعش,طائرات التحالف الدولي,قوات التحالف الدولي,طيران التحالف الدولي,التحالف الدولي بقيادة الولايات المتحدة
gov:SA|government|SA|Saudi government|Saudi government,Saudi Interior Ministry,Saudi Ministry of Interior|الحكومة السعودية,المتحدث الأمني لوزارة الداخلية,المتحدث الأمني بوزارة الداخلية,وزارة الداخلية السعودية
police:SA|police|SA|Saudi security forces|Saudi security forces,State Security Presidency,Saudi border guards,Saudi Public Security|قوات الأمن السعودية,رئاسة أمن الدولة,الأمن العام السعودي,حرس الحدود السعودي,المديرية العامة لحرس الحدود,رجال الأمن السعوديين,الأجهزة الأمنية السعودية
gov:civil-defence|government||civil defence|Civil Defence,Civil Defense|المديرية العامة للدفاع المدني
gov:YE|government|YE|Yemeni government|Yemeni government,Hadi government,legitimate government|الحكومة اليمنية,الحكومة الشرعية,الشرعية,حكومة هادي
mil:YE|military|YE|Yemeni army|Yemeni army,pro-government forces,Hadi forces,forces loyal to Hadi|القوات الموالية للرئيس هادي,قوات الرئيس هادي,الجيش الوطني الموالي للشرعية,الجيش اليمني,الجيش الوطني,قوات الشرعية,الجيش الوطني اليمني,القوات الموالية لهادي,قوات الجيش الوطني
mil:DZ|military|DZ|Algerian army|Algerian army,Algerian military,Algeria military,People's National Army|الجيش الوطني الشعبي,الجيش الوطني الشعبي الجزائري,الجيش الجزائري
gov:IL|government|IL|Israeli government|Israeli government,Israeli occupation|الاحتلال,الاحتلال الإسرائيلي,سلطات الاحتلال,حكومة الاحتلال
mil:IL|military|IL|Israeli military|Israeli army,IDF,Israel Defense Forces,Israeli forces,Israeli troops|جيش الاحتلال,قوات الاحتلال,جيش الاحتلال الإسرائيلي,قوات الاحتلال الإسرائيلي,جنود الاحتلال
gov:PS|government|PS|Palestinian Authority|Palestinian Authority,PA|السلطة الفلسطينية
gov:IQ|government|IQ|Iraqi government|Iraqi government,Baghdad government|الحكومة العراقية
gov:KRG|government|IQ|Kurdistan Regional Government|Kurdistan Regional Government,KRG|حكومة إقليم كردستان,إقليم كردستان
igo:un|igo||United Nations|United Nations,UN,U.N.|الأمم المتحدة,منظمة الأمم المتحدة,الأمين العام للأمم المتحدة
igo:unsc|igo||UN Security Council|UN Security Council,Security Council,UNSC|مجلس الأمن,مجلس الأمن الدولي,مجلس الأمن التابع للأمم المتحدة
igo:unga|igo||UN General Assembly|UN General Assembly,General Assembly|الجمعية العامة للأمم المتحدة,الجمعية العامة
igo:arab-league|igo||Arab League|Arab League,League of Arab States|جامعة الدول العربية,الجامعة العربية
igo:gcc|igo||Gulf Cooperation Council|Gulf Cooperation Council,GCC|مجلس التعاون الخليجي,مجلس التعاون لدول الخليج العربية,دول مجلس التعاون,مجلس التعاون
igo:gulf-states|igo||Gulf states|Gulf states,Gulf countries,Gulf Arab states|الدول الخليجية,دول الخليج,دول الخليج العربي,دول الخليج العربية,الدول الخليجية الست
igo:eu|igo||European Union|European Union,EU|الاتحاد الأوروبي,الاتحاد الاوروبي
igo:nato|igo||NATO|NATO,North Atlantic Treaty Organization|حلف شمال الأطلسي,الناتو,حلف الناتو
igo:oic|igo||Organisation of Islamic Cooperation|Organisation of Islamic Cooperation,Organization of Islamic Cooperation,OIC|منظمة التعاون الإسلامي
igo:au|igo||African Union|African Union,AU|الاتحاد الأفريقي,الاتحاد الإفريقي
igo:unicef|igo||UNICEF|UNICEF|اليونيسف,منظمة اليونيسف,منظمة الأمم المتحدة للطفولة
igo:who|igo||World Health Organization|World Health Organization,WHO|منظمة الصحة العالمية
igo:wfp|igo||World Food Programme|World Food Programme,World Food Program,WFP|برنامج الأغذية العالمي,برنامج الغذاء العالمي
igo:fao|igo||FAO|FAO,Food and Agriculture Organization|منظمة الأغذية والزراعة,منظمة الأغذية والزراعة للأمم المتحدة,منظمة الفاو,الفاو
igo:unhcr|igo||UNHCR|UNHCR,UN refugee agency|المفوضية السامية للأمم المتحدة لشؤون اللاجئين,مفوضية اللاجئين,المفوضية السامية لشؤون اللاجئين
igo:ocha|igo||OCHA|OCHA|مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية,أوتشا
igo:unrwa|igo||UNRWA|UNRWA|الأونروا,وكالة غوث وتشغيل اللاجئين
igo:iaea|igo||IAEA|IAEA,International Atomic Energy Agency|الوكالة الدولية للطاقة الذرية
igo:opcw|igo||OPCW|OPCW,Organisation for the Prohibition of Chemical Weapons|منظمة حظر الأسلحة الكيميائية
igo:icc|igo||International Criminal Court|International Criminal Court,ICC|المحكمة الجنائية الدولية
igo:un-envoy-syria|igo||UN envoy|UN envoy,UN envoy for Syria,UN envoy for Yemen|المبعوث الأممي,المبعوث الدولي,المبعوث الأممي إلى سوريا,المبعوث الأممي إلى اليمن,المبعوث الأممي الخاص
igo:imf|igo||International Monetary Fund|International Monetary Fund,IMF|صندوق النقد الدولي
igo:world-bank|igo||World Bank|World Bank|البنك الدولي
igo:opec|igo||OPEC|OPEC|أوبك,منظمة أوبك
ngo:sohr|ngo|GB|Syrian Observatory for Human Rights|Syrian Observatory for Human Rights,SOHR,Syrian Observatory|المرصد السوري لحقوق الإنسان,المرصد السوري
ngo:icrc|ngo||International Committee of the Red Cross|International Committee of the Red Cross,ICRC,Red Cross|اللجنة الدولية للصليب الأحمر,الصليب الأحمر,الصليب الأحمر الدولي
ngo:red-crescent|ngo||Red Crescent|Red Crescent,Syrian Arab Red Crescent,SARC|الهلال الأحمر,الهلال الأحمر العربي السوري,جمعية الهلال الأحمر
ngo:amnesty|ngo||Amnesty International|Amnesty International,Amnesty|منظمة العفو الدولية,العفو الدولية
ngo:icg|ngo||International Crisis Group|International Crisis Group,Crisis Group,ICG|مجموعة الأزمات الدولية
ngo:mwl|ngo|SA|Muslim World League|Muslim World League,MWL|رابطة العالم الإسلامي
ngo:hrw|ngo||Human Rights Watch|Human Rights Watch,HRW|هيومن رايتس ووتش,منظمة هيومن رايتس ووتش,هيومان رايتس ووتش,منظمة هيومان رايتس ووتش,هيومن رايتس وتش
ngo:msf|ngo||Médecins Sans Frontières|Medecins Sans Frontieres,Doctors Without Borders,MSF|أطباء بلا حدود,منظمة أطباء بلا حدود
ngo:white-helmets|ngo|SY|White Helmets|White Helmets,Syria Civil Defence,Syrian Civil Defence|الخوذ البيضاء,الدفاع المدني,الدفاع المدني السوري
ngo:ksrelief|ngo|SA|King Salman Humanitarian Aid and Relief Centre|KSrelief,King Salman Relief Centre|مركز الملك سلمان للإغاثة والأعمال الإنسانية,مركز الملك سلمان للإغاثة
ngo:save-the-children|ngo||Save the Children|Save the Children|منظمة إنقاذ الطفولة
ngo:oxfam|ngo||Oxfam|Oxfam|أوكسفام
ngo:snhr|ngo|SY|Syrian Network for Human Rights|Syrian Network for Human Rights,SNHR|الشبكة السورية لحقوق الإنسان
media:reuters|media||Reuters|Reuters|رويترز,وكالة رويترز
media:afp|media|FR|AFP|AFP,Agence France-Presse,France Presse|فرانس برس,وكالة فرانس برس,وكالة الصحافة الفرنسية
media:ap|media|US|Associated Press|Associated Press,AP|أسوشيتد برس,وكالة أسوشيتد برس
media:alarabiya|media|SA|Al Arabiya|Al Arabiya,Al-Arabiya|العربية,قناة العربية,العربية نت
media:aljazeera|media|QA|Al Jazeera|Al Jazeera,Al-Jazeera|الجزيرة,قناة الجزيرة
media:tasnim|media|IR|Tasnim|Tasnim,Tasnim News Agency|تسنيم,وكالة تسنيم,وكالة أنباء تسنيم
media:fars|media|IR|Fars|Fars News Agency,Fars|وكالة فارس,وكالة أنباء فارس
media:irna|media|IR|IRNA|IRNA|إرنا,وكالة إرنا
media:saba|media|YE|Saba|Saba,Saba News Agency|سبأ,وكالة سبأ,وكالة الأنباء اليمنية
media:spa|media|SA|Saudi Press Agency|Saudi Press Agency,SPA|واس,وكالة الأنباء السعودية
media:sana|media|SY|SANA|SANA,Syrian Arab News Agency|سانا,الوكالة العربية السورية للأنباء
media:anadolu|media|TR|Anadolu|Anadolu,Anadolu Agency|الأناضول,وكالة الأناضول
media:wam|media|AE|WAM|WAM,Emirates News Agency|وام,وكالة أنباء الإمارات
media:qna|media|QA|QNA|QNA,Qatar News Agency|قنا,وكالة الأنباء القطرية
media:kuna|media|KW|KUNA|KUNA,Kuwait News Agency|كونا,وكالة الأنباء الكويتية
media:mena|media|EG|MENA|Middle East News Agency|وكالة أنباء الشرق الأوسط
media:ria|media|RU|RIA Novosti|RIA Novosti,RIA|ريا نوفوستي,وكالة ريا نوفوستي
media:tass|media|RU|TASS|TASS|تاس,وكالة تاس
media:sputnik|media|RU|Sputnik|Sputnik|سبوتنيك
media:bbc|media|GB|BBC|BBC|بي بي سي,هيئة الإذاعة البريطانية
media:cnn|media|US|CNN|CNN|سي إن إن
media:almasirah|media|YE|Al Masirah|Al Masirah|المسيرة,قناة المسيرة
media:almanar|media|LB|Al-Manar|Al-Manar|قناة المنار
media:asharq-al-awsat|media|SA|Asharq Al-Awsat|Asharq Al-Awsat|الشرق الأوسط,صحيفة الشرق الأوسط
media:okaz|media|SA|Okaz|Okaz|عكاظ,صحيفة عكاظ
media:alriyadh|media|SA|Al Riyadh|Al Riyadh newspaper|صحيفة الرياض
media:alhayat|media||Al Hayat|Al Hayat|صحيفة الحياة
media:sky-news-arabia|media|AE|Sky News Arabia|Sky News Arabia|سكاي نيوز عربية,سكاي نيوز
media:nyt|media|US|New York Times|New York Times|نيويورك تايمز,صحيفة نيويورك تايمز
media:washington-post|media|US|Washington Post|Washington Post|واشنطن بوست,صحيفة واشنطن بوست
media:wsj|media|US|Wall Street Journal|Wall Street Journal|وول ستريت جورنال
media:guardian|media|GB|The Guardian|Guardian|الغارديان,صحيفة الغارديان
media:al-akhbar|media|LB|Al-Akhbar|Al-Akhbar|صحيفة الأخبار
civ:civilians|civilians||civilians|civilians,residents,children|المدنيين,المدنيون,مدنيين,مدنيون,السكان,الأهالي,الأطفال,أطفال,النساء,الأبرياء
civ:protesters|civilians||protesters|protesters,demonstrators|المتظاهرين,المتظاهرون,المحتجين,المحتجون
civ:refugees|civilians||refugees|refugees,displaced people|اللاجئين,اللاجئون,النازحين,النازحون
civ:pilgrims|civilians||pilgrims|pilgrims|الحجاج,الحجيج,المعتمرين
person:bashar al assad|person|SY|Bashar al-Assad|Bashar al-Assad,Bashar Assad,Assad|بشار الأسد,الأسد,بشار
person:vladimir putin|person|RU|Vladimir Putin|Vladimir Putin,Putin|فلاديمير بوتين,بوتين
person:volodymyr zelensky|person|UA|Volodymyr Zelensky|Volodymyr Zelensky,Volodymyr Zelenskiy,Volodymyr Zelenskyy,Zelensky,Zelenskiy,Zelenskyy|فولوديمير زيلينسكي,زيلينسكي
person:recep tayyip erdogan|person|TR|Recep Tayyip Erdogan|Recep Tayyip Erdogan,Tayyip Erdogan,Erdogan,Erdoğan|رجب طيب أردوغان,أردوغان,اردوغان
person:king salman|person|SA|King Salman|King Salman,Salman bin Abdulaziz|الملك سلمان,خادم الحرمين الشريفين,الملك سلمان بن عبدالعزيز,الملك سلمان بن عبد العزيز
person:abd rabbuh mansur hadi|person|YE|Abd Rabbuh Mansur Hadi|Abd Rabbuh Mansur Hadi,Hadi,President Hadi|عبدربه منصور هادي,عبد ربه منصور هادي,الرئيس هادي
person:ali abdullah saleh|person|YE|Ali Abdullah Saleh|Ali Abdullah Saleh|علي عبدالله صالح,علي عبد الله صالح,المخلوع علي عبدالله صالح
person:abdul malik al houthi|person|YE|Abdul-Malik al-Houthi|Abdul-Malik al-Houthi|عبدالملك الحوثي,عبد الملك الحوثي
person:abu bakr al baghdadi|person||Abu Bakr al-Baghdadi|Abu Bakr al-Baghdadi,Baghdadi|أبو بكر البغدادي,البغدادي
person:hassan rouhani|person|IR|Hassan Rouhani|Hassan Rouhani,Rouhani|حسن روحاني,روحاني
person:ali khamenei|person|IR|Ali Khamenei|Ali Khamenei,Khamenei|علي خامنئي,خامنئي
person:hassan nasrallah|person|LB|Hassan Nasrallah|Hassan Nasrallah,Nasrallah|حسن نصر الله,حسن نصرالله,نصر الله
person:barack obama|person|US|Barack Obama|Barack Obama,Obama|باراك أوباما,أوباما,اوباما
person:donald trump|person|US|Donald Trump|Donald Trump,Trump|دونالد ترامب,ترامب
person:john kerry|person|US|John Kerry|John Kerry,Kerry|جون كيري,كيري
person:sergei lavrov|person|RU|Sergei Lavrov|Sergei Lavrov,Lavrov|سيرغي لافروف,سيرجي لافروف,لافروف
person:adel al jubeir|person|SA|Adel al-Jubeir|Adel al-Jubeir,Jubeir|عادل الجبير,الجبير,عادل بن أحمد الجبير
person:riyad hijab|person|SY|Riyad Hijab|Riyad Hijab,Riad Hijab|رياض حجاب
person:staffan de mistura|person||Staffan de Mistura|Staffan de Mistura,de Mistura|ستيفان دي ميستورا,دي ميستورا
person:ismail ould cheikh ahmed|person||Ismail Ould Cheikh Ahmed|Ismail Ould Cheikh Ahmed|إسماعيل ولد الشيخ أحمد,ولد الشيخ أحمد,ولد الشيخ
person:ban ki moon|person||Ban Ki-moon|Ban Ki-moon|بان كي مون
person:mohammed bin salman|person|SA|Mohammed bin Salman|Mohammed bin Salman|الأمير محمد بن سلمان,محمد بن سلمان
person:mohammed bin nayef|person|SA|Mohammed bin Nayef|Mohammed bin Nayef|الأمير محمد بن نايف,محمد بن نايف
person:ahmed asiri|person|SA|Ahmed Asiri|Ahmed Asiri,Ahmed al-Asiri|أحمد عسيري,العميد أحمد عسيري,أحمد العسيري
person:abdel fattah el sisi|person|EG|Abdel Fattah el-Sisi|Abdel Fattah el-Sisi,Abdel Fattah al-Sisi,Abdel Fattah el-Sissi,Sisi,al-Sisi,Sissi,el-Sissi|عبد الفتاح السيسي,عبدالفتاح السيسي,السيسي
person:haider al abadi|person|IQ|Haider al-Abadi|Haider al-Abadi,Abadi|حيدر العبادي,العبادي
group:jnim|armed_group||JNIM|JNIM,Jama'at Nusrat al-Islam wal-Muslimin,Jamaat Nusrat al-Islam wal-Muslimin|جماعة نصرة الإسلام والمسلمين,نصرة الإسلام والمسلمين
group:m23|armed_group|CD|M23|M23,March 23 Movement|حركة 23 مارس,إم 23
group:arakan-army|armed_group|MM|Arakan Army|Arakan Army|جيش أراكان
group:viv-ansanm|armed_group|HT|Viv Ansanm|Viv Ansanm|فيف أنسانم
group:stc|armed_group|YE|Southern Transitional Council|Southern Transitional Council,STC,southern separatists|
gov:presidential-leadership-council|government|YE|Presidential Leadership Council|Presidential Leadership Council|
person:rashad al alimi|person|YE|Rashad al-Alimi|Rashad al-Alimi,al-Alimi|
group:stability-support-apparatus|militia|LY|Stability Support Apparatus|Stability Support Apparatus|
gov:gnu-libya|government|LY|Government of National Unity|Government of National Unity,GNU|
mil:africom|military|US|U.S. Africa Command|U.S. Africa Command,US Africa Command,AFRICOM|
mil:centcom|military|US|U.S. Central Command|U.S. Central Command,US Central Command,CENTCOM|
police:asayish|police||Asayish|Asayish,Asayesh|
group:islamic-resistance-iraq|militia|IQ|Islamic Resistance in Iraq|Islamic Resistance in Iraq|
group:nujaba|militia|IQ|Harakat al-Nujaba|Harakat al-Nujaba,Nujaba|
group:kataib-sayyid-al-shuhada|militia|IQ|Kataib Sayyid al-Shuhada|Kataib Sayyid al-Shuhada,Kata'ib Sayyid al-Shuhada|
group:al-aqsa-martyrs|armed_group|PS|Al-Aqsa Martyrs' Brigades|Al-Aqsa Martyrs' Brigades,Al-Aqsa Martyrs Brigades|
group:israeli-settlers|other|IL|Israeli settlers|Israeli settlers,Jewish settlers,settlers|المستوطنون,المستوطنين,مستوطنون,مستوطنين,مستوطنون إسرائيليون,مستوطنين إسرائيليين,مستوطنون يهود,مستوطنين يهود
gov:shin-bet|government|IL|Shin Bet|Shin Bet,Israel Security Agency|
ngo:eipr|ngo|EG|Egyptian Initiative for Personal Rights|Egyptian Initiative for Personal Rights,EIPR|
ngo:rsf-press|ngo||Reporters Without Borders|Reporters Without Borders|
ngo:cpj|ngo||Committee to Protect Journalists|Committee to Protect Journalists,CPJ|
group:eln|rebels|CO|National Liberation Army (ELN)|ELN,National Liberation Army|
group:farc-dissidents|rebels|CO|FARC dissidents|FARC dissidents,FARC,Central General Staff|
gov:nug-myanmar|government|MM|National Unity Government|National Unity Government,NUG|
group:pdf-myanmar|armed_group|MM|People's Defence Force|People's Defence Force,People's Defense Force,People's Defence Forces|
group:tnla|armed_group|MM|Ta'ang National Liberation Army|Ta'ang National Liberation Army,TNLA|
group:mndaa|armed_group|MM|MNDAA|Myanmar National Democratic Alliance Army,MNDAA|
group:kia|armed_group|MM|Kachin Independence Army|Kachin Independence Army|
group:knu|armed_group|MM|Karen National Union|Karen National Union,KNU|
group:wazalendo|militia|CD|Wazalendo|Wazalendo|
group:adf|armed_group|CD|Allied Democratic Forces|Allied Democratic Forces,ADF|
group:codeco|militia|CD|CODECO|CODECO|
group:fano|militia|ET|Fano|Fano militia,Fano fighters,Fano|
group:tplf|party|ET|TPLF|Tigray People's Liberation Front,TPLF|
group:sla-sudan|rebels|SD|Sudan Liberation Army|Sudan Liberation Army,Sudan Liberation Movement|
group:bla|armed_group|PK|Baloch Liberation Army|Baloch Liberation Army,BLA|
group:lashkar-e-taiba|armed_group|PK|Lashkar-e-Taiba|Lashkar-e-Taiba,Lashkar-e-Tayyiba|
group:jaish-e-mohammed|armed_group|PK|Jaish-e-Mohammed|Jaish-e-Mohammed,Jaish-e-Muhammad|
group:wagner|armed_group|RU|Wagner Group|Wagner Group,Wagner mercenaries,Africa Corps|
group:sinaloa-cartel|armed_group|MX|Sinaloa Cartel|Sinaloa Cartel,Sinaloa cartel|
group:cjng|armed_group|MX|Jalisco New Generation Cartel|Jalisco New Generation Cartel,CJNG|
group:fla-mali|rebels|ML|Azawad Liberation Front|Azawad Liberation Front|
group:tribes|militia||tribes|tribal fighters,tribesmen|العشائر,مقاتلي العشائر,مقاتلو العشائر,أبناء العشائر,مسلحي العشائر,رجال العشائر,متطوعي العشائر
group:tebu|militia||Tebu|Tebu,Toubou,Tubu,Tebu fighters,Toubou fighters|التبو,قبيلة التبو,قبائل التبو,مقاتلي التبو,مسلحي التبو
group:tuareg|militia||Tuareg|Tuareg,Tuareg fighters|الطوارق,قبيلة الطوارق,قبائل الطوارق,مقاتلي الطوارق,مسلحي الطوارق
igo:unifil|igo||UNIFIL|UNIFIL|
igo:unsmil|igo||UNSMIL|UNSMIL,UN Support Mission in Libya|
igo:unama|igo||UNAMA|UNAMA,UN Assistance Mission in Afghanistan|
igo:monusco|igo||MONUSCO|MONUSCO|
igo:ohchr|igo||UN human rights office|OHCHR,UN human rights office|
igo:asean|igo||ASEAN|ASEAN,Association of Southeast Asian Nations|
igo:ecowas|igo||ECOWAS|ECOWAS|
igo:aes|igo||Alliance of Sahel States|Alliance of Sahel States|
media:mizan|media|IR|Mizan|Mizan,Mizan Online|
media:xinhua|media|CN|Xinhua|Xinhua|
media:ahram|media|EG|Ahram Online|Ahram Online,Al-Ahram|
group:suicide-bombers|other||suicide bombers|suicide bomber,suicide bombers,female suicide bomber,female suicide bombers|
gov:LY-hor|government||House of Representatives|House of Representatives,HoR|
gov:LY-hcs|government|LY|High Council of State|High Council of State|
gov:LY-presidential-council|government|LY|Libyan Presidential Council|Libyan Presidential Council|
person:khalifa haftar|person|LY|Khalifa Haftar|Khalifa Haftar,Haftar|خليفة حفتر,حفتر
person:benjamin netanyahu|person|IL|Benjamin Netanyahu|Benjamin Netanyahu,Netanyahu|بنيامين نتنياهو,نتنياهو
person:mahmoud abbas|person|PS|Mahmoud Abbas|Mahmoud Abbas,Abu Mazen|محمود عباس,أبو مازن
person:mohammad javad zarif|person|IR|Mohammad Javad Zarif|Mohammad Javad Zarif,Zarif|محمد جواد ظريف,ظريف
person:qassem soleimani|person|IR|Qassem Soleimani|Qassem Soleimani,Soleimani|قاسم سليماني,سليماني
ctx:resistance|militia||Resistance||المقاومة
ctx:rebels|rebels||Rebels||المتمردين,المتمردون
ctx:coalition|party||Coalition||الائتلاف
ctx:kingdom|state||Kingdom||المملكة
ctx:loyalists|military||Loyalist forces||القوات الموالية,قوات موالية,الموالون للحكومة,الموالين للحكومة,الموالون للشرعية,الموالين للشرعية
ctx:alliance|military||Coalition||التحالف,قوات التحالف,طيران التحالف,طائرات التحالف,مقاتلات التحالف
` + LEADER_TABLE.trimStart();
