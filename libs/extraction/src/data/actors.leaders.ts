// Well-known office holders and leaders (heads of state and government, foreign and defence ministers, party,
// movement and militia leaders) of the region in 2014–2016 and of major states, in the format of
// actors.curated.ts, which appends this table to its own. A bare surname is listed only when it is neither a
// common Arabic word (المعلم "the teacher", مشعل "torch", سلام "peace", الشرع "the law", بقائي "my stay") nor the
// name of other people in the news (هنية: the researcher Abu Haniyeh; دحلان, بخاري: Saudi family names; بيدرسون:
// an architects' firm).
export const LEADER_TABLE = `
person:walid al muallem|person|SY|Walid al-Muallem|Walid al-Muallem,Walid Muallem,Walid al-Moualem|وليد المعلم
person:bashar al jaafari|person|SY|Bashar al-Jaafari|Bashar al-Jaafari,Bashar Jaafari|بشار الجعفري
person:wael al halqi|person|SY|Wael al-Halqi|Wael al-Halqi|وائل الحلقي
person:khaled khoja|person|SY|Khaled Khoja|Khaled Khoja,Khaled Khodja|خالد خوجة,خالد خوجه
person:abu mohammad al julani|person|SY|Abu Mohammad al-Julani|Abu Mohammad al-Julani,Abu Muhammad al-Jolani,Julani,Jolani|أبو محمد الجولاني,الجولاني
person:zahran alloush|person|SY|Zahran Alloush|Zahran Alloush|زهران علوش
person:salih muslim|person|SY|Salih Muslim|Salih Muslim,Saleh Muslim|صالح مسلم
person:ahmed al sharaa|person|SY|Ahmed al-Sharaa|Ahmed al-Sharaa|أحمد الشرع
person:ibrahim al jaafari|person|IQ|Ibrahim al-Jaafari|Ibrahim al-Jaafari|إبراهيم الجعفري
person:fuad masum|person|IQ|Fuad Masum|Fuad Masum,Fouad Massoum|فؤاد معصوم
person:nouri al maliki|person|IQ|Nouri al-Maliki|Nouri al-Maliki,Nuri al-Maliki|نوري المالكي
person:salim al jabouri|person|IQ|Salim al-Jabouri|Salim al-Jabouri,Salim al-Jubouri|سليم الجبوري
person:mohammed al ghabban|person|IQ|Mohammed al-Ghabban|Mohammed al-Ghabban|محمد سالم الغبان,محمد الغبان
person:nechirvan barzani|person|IQ|Nechirvan Barzani|Nechirvan Barzani|نيجيرفان البارزاني,نيجيرفان بارزاني
person:khaled al obaidi|person|IQ|Khaled al-Obaidi|Khaled al-Obaidi|خالد العبيدي
person:muqtada al sadr|person|IQ|Muqtada al-Sadr|Muqtada al-Sadr,Moqtada al-Sadr|مقتدى الصدر
person:ali al sistani|person|IQ|Ali al-Sistani|Ali al-Sistani,Sistani|علي السيستاني,السيستاني
person:hadi al amiri|person|IQ|Hadi al-Amiri|Hadi al-Amiri|هادي العامري
person:abu mahdi al muhandis|person|IQ|Abu Mahdi al-Muhandis|Abu Mahdi al-Muhandis|أبو مهدي المهندس
person:osama al nujaifi|person|IQ|Osama al-Nujaifi|Osama al-Nujaifi|أسامة النجيفي
person:mohammed shia al sudani|person|IQ|Mohammed Shia al-Sudani|Mohammed Shia al-Sudani,Mohammed Shia' al-Sudani|محمد شياع السوداني
person:khaled bahah|person|YE|Khaled Bahah|Khaled Bahah,Bahah|خالد بحاح,بحاح
person:riad yassin|person|YE|Riad Yassin|Riad Yassin,Riyadh Yassin|رياض ياسين
person:abdulmalik al mekhlafi|person|YE|Abdulmalik al-Mekhlafi|Abdulmalik al-Mekhlafi|عبدالملك المخلافي,عبد الملك المخلافي
person:ahmed obeid bin daghr|person|YE|Ahmed Obeid bin Daghr|Ahmed Obeid bin Daghr,bin Daghr|أحمد عبيد بن دغر,بن دغر
person:ali mohsen al ahmar|person|YE|Ali Mohsen al-Ahmar|Ali Mohsen al-Ahmar|علي محسن الأحمر
person:ahmed ali saleh|person|YE|Ahmed Ali Abdullah Saleh|Ahmed Ali Abdullah Saleh,Ahmed Ali Saleh|أحمد علي عبدالله صالح,أحمد علي عبد الله صالح
person:jamal benomar|person||Jamal Benomar|Jamal Benomar|جمال بنعمر,جمال بن عمر
person:nayef al bakri|person|YE|Nayef al-Bakri|Nayef al-Bakri|نايف البكري
person:saud al faisal|person|SA|Saud al-Faisal|Saud al-Faisal|سعود الفيصل
person:khalid al faisal|person|SA|Khalid al-Faisal|Khalid al-Faisal|خالد الفيصل
person:muqrin bin abdulaziz|person|SA|Muqrin bin Abdulaziz|Muqrin bin Abdulaziz|مقرن بن عبدالعزيز,مقرن بن عبد العزيز
person:mansour al turki|person|SA|Mansour al-Turki|Mansour al-Turki|منصور التركي
person:abdullatif al zayani|person||Abdullatif al-Zayani|Abdullatif al-Zayani,Abdullatif Al Zayani|عبداللطيف الزياني,عبد اللطيف الزياني
person:adel al toraifi|person|SA|Adel al-Toraifi|Adel al-Toraifi,Adel al-Turaifi|عادل الطريفي,عادل بن زيد الطريفي
person:saud bin nayef|person|SA|Saud bin Nayef|Saud bin Nayef|سعود بن نايف,الأمير سعود بن نايف
person:abdulaziz al al sheikh|person|SA|Abdulaziz Al al-Sheikh|Abdulaziz Al al-Sheikh,Abdulaziz Al-Sheikh,Abdulaziz al-Sheikh|عبد العزيز آل الشيخ,عبدالعزيز آل الشيخ,عبد العزيز بن عبد الله آل الشيخ,عبدالعزيز بن عبدالله آل الشيخ,عبد العزيز عبدالله آل الشيخ,عبدالعزيز عبدالله آل الشيخ,مفتي عام المملكة,المفتي العام للمملكة
person:faisal bin farhan|person|SA|Faisal bin Farhan|Faisal bin Farhan|فيصل بن فرحان
person:tamim bin hamad|person|QA|Tamim bin Hamad Al Thani|Tamim bin Hamad Al Thani,Tamim bin Hamad,Emir Tamim|تميم بن حمد,الشيخ تميم بن حمد آل ثاني,تميم بن حمد آل ثاني
person:khalid al attiyah|person|QA|Khalid al-Attiyah|Khalid al-Attiyah|خالد العطية
person:khalifa bin zayed|person|AE|Khalifa bin Zayed|Khalifa bin Zayed|خليفة بن زايد
person:mohamed bin zayed|person|AE|Mohamed bin Zayed|Mohammed bin Zayed|محمد بن زايد
person:abdullah bin zayed|person|AE|Abdullah bin Zayed|Abdullah bin Zayed|عبدالله بن زايد,عبد الله بن زايد
person:anwar gargash|person|AE|Anwar Gargash|Anwar Gargash,Gargash|أنور قرقاش,قرقاش
person:sabah al ahmad|person|KW|Sabah al-Ahmad al-Jaber al-Sabah|Sabah al-Ahmad al-Jaber al-Sabah,Sabah al-Ahmad|صباح الأحمد,صباح الأحمد الجابر الصباح
person:sabah al khalid|person|KW|Sabah al-Khalid al-Sabah|Sabah al-Khalid al-Sabah|صباح الخالد,صباح خالد الحمد الصباح
person:marzouq al ghanim|person|KW|Marzouq al-Ghanim|Marzouq al-Ghanim|مرزوق الغانم
person:hamad bin isa|person|BH|Hamad bin Isa Al Khalifa|Hamad bin Isa Al Khalifa,King Hamad|حمد بن عيسى,الملك حمد بن عيسى آل خليفة
person:rashid bin abdullah al khalifa|person|BH|Rashid bin Abdullah Al Khalifa|Rashid bin Abdullah Al Khalifa|راشد بن عبدالله آل خليفة,راشد بن عبد الله آل خليفة,الشيخ راشد بن عبدالله
person:khalid bin ahmed al khalifa|person|BH|Khalid bin Ahmed Al Khalifa|Khalid bin Ahmed Al Khalifa|خالد بن أحمد آل خليفة
person:qaboos bin said|person|OM|Qaboos bin Said|Qaboos bin Said,Sultan Qaboos|قابوس بن سعيد,السلطان قابوس
person:yusuf bin alawi|person|OM|Yusuf bin Alawi|Yusuf bin Alawi|يوسف بن علوي
person:king abdullah ii|person|JO|King Abdullah II|King Abdullah II,Abdullah II|عبدالله الثاني,عبد الله الثاني,الملك عبدالله الثاني,الملك عبد الله الثاني
person:nasser judeh|person|JO|Nasser Judeh|Nasser Judeh|ناصر جودة,ناصر جوده
person:sameh shoukry|person|EG|Sameh Shoukry|Sameh Shoukry,Shoukry|سامح شكري
person:sherif ismail|person|EG|Sherif Ismail|Sherif Ismail|شريف إسماعيل
person:ibrahim mahlab|person|EG|Ibrahim Mahlab|Ibrahim Mahlab,Mahlab|إبراهيم محلب,محلب
person:mohamed morsi|person|EG|Mohamed Morsi|Morsi,Mursi|محمد مرسي
person:hosni mubarak|person|EG|Hosni Mubarak|Hosni Mubarak|حسني مبارك
person:ahmed al tayeb|person|EG|Ahmed al-Tayeb|Ahmed al-Tayeb,Ahmed el-Tayeb|أحمد الطيب,شيخ الأزهر
person:nabil elaraby|person||Nabil Elaraby|Nabil Elaraby,Nabil al-Araby|نبيل العربي
person:badr abdelatty|person|EG|Badr Abdelatty|Badr Abdelatty,Abdelatty|بدر عبد العاطي,بدر عبدالعاطي
person:saeb erekat|person|PS|Saeb Erekat|Saeb Erekat,Erekat,Saeb Ereikat|صائب عريقات,عريقات
person:ismail haniyeh|person|PS|Ismail Haniyeh|Ismail Haniyeh,Haniyeh|إسماعيل هنية,إسماعيل هنيه
person:khaled meshaal|person|PS|Khaled Meshaal|Khaled Meshaal,Khaled Mashal,Meshaal|خالد مشعل
person:mousa abu marzouk|person|PS|Mousa Abu Marzouk|Mousa Abu Marzouk,Moussa Abu Marzouk|موسى أبو مرزوق
person:nabil abu rudeineh|person|PS|Nabil Abu Rudeineh|Nabil Abu Rudeineh,Abu Rudeineh|نبيل أبو ردينة,أبو ردينة
person:mohammed dahlan|person|PS|Mohammed Dahlan|Mohammed Dahlan|محمد دحلان
person:marwan barghouti|person|PS|Marwan Barghouti|Marwan Barghouti|مروان البرغوثي
person:rami hamdallah|person|PS|Rami Hamdallah|Rami Hamdallah|رامي الحمد الله,رامي الحمدالله
person:moshe yaalon|person|IL|Moshe Ya'alon|Moshe Ya'alon,Moshe Yaalon,Ya'alon|موشيه يعالون,موشي يعالون,يعالون
person:avigdor lieberman|person|IL|Avigdor Lieberman|Avigdor Lieberman,Avigdor Liberman,Lieberman|أفيغدور ليبرمان,ليبرمان
person:reuven rivlin|person|IL|Reuven Rivlin|Reuven Rivlin,Rivlin|رؤوفين ريفلين,رؤوبين ريفلين,ريفلين
person:naftali bennett|person|IL|Naftali Bennett|Naftali Bennett|نفتالي بينيت,نفتالي بينت
person:tzipi hotovely|person|IL|Tzipi Hotovely|Tzipi Hotovely,Hotovely|تسيبي حوتوبيلي,تسيبي حوتوفيلي,حوتوبيلي,حوتوفيلي
person:israel katz|person|IL|Israel Katz|Israel Katz|يسرائيل كاتس
person:tammam salam|person|LB|Tammam Salam|Tammam Salam|تمام سلام
person:michel aoun|person|LB|Michel Aoun|Michel Aoun|ميشال عون,ميشيل عون
person:saad hariri|person|LB|Saad Hariri|Saad Hariri,Saad al-Hariri|سعد الحريري
person:nabih berri|person|LB|Nabih Berri|Nabih Berri|نبيه بري
person:joseph aoun|person|LB|Joseph Aoun|Joseph Aoun|جوزيف عون
person:gebran bassil|person|LB|Gebran Bassil|Gebran Bassil,Bassil|جبران باسيل,باسيل
person:walid jumblatt|person|LB|Walid Jumblatt|Walid Jumblatt,Jumblatt|وليد جنبلاط,جنبلاط
person:mevlut cavusoglu|person|TR|Mevlut Cavusoglu|Mevlut Cavusoglu,Mevlüt Çavuşoğlu,Cavusoglu,Çavuşoğlu|مولود جاويش أوغلو,جاويش أوغلو,جاويش اوغلو
person:selahattin demirtas|person|TR|Selahattin Demirtas|Selahattin Demirtas,Selahattin Demirtaş,Demirtas|صلاح الدين دميرتاش,دميرتاش
person:abdullah ocalan|person|TR|Abdullah Ocalan|Abdullah Ocalan,Abdullah Öcalan,Ocalan|عبدالله أوجلان,عبد الله أوجلان,أوجلان
person:binali yildirim|person|TR|Binali Yildirim|Binali Yildirim,Binali Yıldırım|بن علي يلدريم,بن علي يلدرم,يلدريم
person:ali yerlikaya|person|TR|Ali Yerlikaya|Ali Yerlikaya,Yerlikaya|علي يرلي كايا,يرلي كايا
person:hakan fidan|person|TR|Hakan Fidan|Hakan Fidan,Fidan|هاكان فيدان,فيدان
person:ali mamlouk|person|SY|Ali Mamlouk|Ali Mamlouk|علي مملوك
person:naim qassem|person|LB|Naim Qassem|Naim Qassem|نعيم قاسم
person:imad mughniyeh|person|LB|Imad Mughniyeh|Imad Mughniyeh|عماد مغنية
person:nouhad machnouk|person|LB|Nouhad Machnouk|Nouhad Machnouk|نهاد المشنوق
person:mohammad ali jafari|person|IR|Mohammad Ali Jafari|Mohammad Ali Jafari|محمد علي جعفري
person:ali larijani|person|IR|Ali Larijani|Ali Larijani,Larijani|علي لاريجاني,لاريجاني
person:hossein amir abdollahian|person|IR|Hossein Amir-Abdollahian|Hossein Amir-Abdollahian,Amir-Abdollahian|حسين أمير عبداللهيان,أمير عبداللهيان,عبداللهيان,عبد اللهيان
person:hossein dehghan|person|IR|Hossein Dehghan|Hossein Dehghan|حسين دهقان
person:abbas araghchi|person|IR|Abbas Araghchi|Abbas Araghchi,Abbas Araqchi,Araghchi,Araqchi|عباس عراقجي,عراقجي
person:esmaeil baghaei|person|IR|Esmaeil Baghaei|Esmaeil Baghaei,Baghaei|إسماعيل بقائي
person:masoud pezeshkian|person|IR|Masoud Pezeshkian|Masoud Pezeshkian,Pezeshkian|مسعود بزشكيان,بزشكيان
person:martin kobler|person||Martin Kobler|Martin Kobler,Kobler|مارتن كوبلر,كوبلر
person:fayez al sarraj|person|LY|Fayez al-Sarraj|Fayez al-Sarraj,Fayez Sarraj|فايز السراج
person:abdul hamid dbeibah|person|LY|Abdul Hamid Dbeibah|Abdul Hamid Dbeibah,Abdulhamid Dbeibah,Dbeibah|عبد الحميد الدبيبة,عبدالحميد الدبيبة,الدبيبة
person:aguila saleh|person|LY|Aguila Saleh|Aguila Saleh,Aqila Saleh|عقيلة صالح
person:abdullah al thinni|person|LY|Abdullah al-Thinni|Abdullah al-Thinni,Abdullah al-Thani|عبدالله الثني,عبد الله الثني
person:beji caid essebsi|person|TN|Beji Caid Essebsi|Beji Caid Essebsi,Essebsi|الباجي قائد السبسي,قائد السبسي,السبسي
person:habib essid|person|TN|Habib Essid|Habib Essid|الحبيب الصيد
person:abdelaziz bouteflika|person|DZ|Abdelaziz Bouteflika|Abdelaziz Bouteflika,Bouteflika|عبد العزيز بوتفليقة,عبدالعزيز بوتفليقة,بوتفليقة
person:abdelmalek sellal|person|DZ|Abdelmalek Sellal|Abdelmalek Sellal|عبد المالك سلال,عبدالمالك سلال
person:ramtane lamamra|person|DZ|Ramtane Lamamra|Ramtane Lamamra,Lamamra|رمطان لعمامرة,لعمامرة
person:king mohammed vi|person|MA|King Mohammed VI|King Mohammed VI,Mohammed VI|محمد السادس,الملك محمد السادس
person:omar al bashir|person|SD|Omar al-Bashir|Omar al-Bashir,Omar Hassan al-Bashir|عمر البشير,عمر حسن البشير
person:salva kiir|person|SS|Salva Kiir|Salva Kiir|سلفا كير
person:muhammadu buhari|person|NG|Muhammadu Buhari|Muhammadu Buhari,Buhari|محمد بخاري,محمدو بخاري,محمدو بوخاري,محمدو بوهاري
person:macky sall|person|SN|Macky Sall|Macky Sall|ماكي سال
person:moussa faki mahamat|person||Moussa Faki Mahamat|Moussa Faki Mahamat,Moussa Faki|موسى فكي محمد,موسى فقي محمد
person:hassan sheikh mohamud|person|SO|Hassan Sheikh Mohamud|Hassan Sheikh Mohamud|حسن شيخ محمود
person:abdullah abdullah|person|AF|Abdullah Abdullah|Abdullah Abdullah|
person:akhtar mansour|person|AF|Akhtar Mansour|Akhtar Mansour,Mullah Akhtar Mansour|أختر منصور,الملا أختر منصور,أختر محمد منصور
person:ashraf ghani|person|AF|Ashraf Ghani|Ashraf Ghani|أشرف غني
person:zabihullah mujahid|person|AF|Zabihullah Mujahid|Zabihullah Mujahid|ذبيح الله مجاهد
person:mullah omar|person|AF|Mullah Omar|Mullah Omar|الملا عمر,الملا محمد عمر
person:ayman al zawahiri|person||Ayman al-Zawahiri|Ayman al-Zawahiri,Zawahiri|أيمن الظواهري,الظواهري
person:nawaz sharif|person|PK|Nawaz Sharif|Nawaz Sharif|نواز شريف
person:shehbaz sharif|person|PK|Shehbaz Sharif|Shehbaz Sharif|شهباز شريف
person:narendra modi|person|IN|Narendra Modi|Narendra Modi,Modi|ناريندرا مودي,مودي
person:xi jinping|person|CN|Xi Jinping|Xi Jinping|شي جين بينغ,شي جينبينغ
person:yoon suk yeol|person|KR|Yoon Suk Yeol|Yoon Suk Yeol,Yoon Suk-yeol|يون سوك يول
person:shinzo abe|person|JP|Shinzo Abe|Shinzo Abe|شينزو آبي
person:sergei shoigu|person|RU|Sergei Shoigu|Sergei Shoigu,Shoigu|سيرغي شويغو,شويغو
person:dmitry peskov|person|RU|Dmitry Peskov|Dmitry Peskov,Peskov|ديمتري بيسكوف,دميتري بيسكوف,بيسكوف
person:maria zakharova|person|RU|Maria Zakharova|Maria Zakharova,Zakharova|ماريا زاخاروفا,زاخاروفا
person:ramzan kadyrov|person|RU|Ramzan Kadyrov|Ramzan Kadyrov,Kadyrov|رمضان قديروف,رمضان قاديروف,رمضان أحمد قاديروف,قاديروف,قديروف
person:dmitry medvedev|person|RU|Dmitry Medvedev|Dmitry Medvedev,Medvedev|دميتري ميدفيديف,ميدفيديف
person:bola tinubu|person|NG|Bola Tinubu|Bola Tinubu,Bola Ahmed Tinubu,Tinubu|بولا تينوبو,تينوبو
person:william ruto|person|KE|William Ruto|William Ruto,Ruto|وليام روتو,ويليام روتو
person:gustavo petro|person|CO|Gustavo Petro|Gustavo Petro|غوستافو بيترو
person:joe biden|person|US|Joe Biden|Joe Biden,Biden|جو بايدن,بايدن
person:hillary clinton|person|US|Hillary Clinton|Hillary Clinton|هيلاري كلينتون
person:ashton carter|person|US|Ashton Carter|Ashton Carter,Ash Carter|آشتون كارتر,أشتون كارتر
person:rex tillerson|person|US|Rex Tillerson|Rex Tillerson,Tillerson|ريكس تيلرسون,تيلرسون
person:samantha power|person|US|Samantha Power|Samantha Power|سامانثا باور
person:marco rubio|person|US|Marco Rubio|Marco Rubio,Rubio|ماركو روبيو,روبيو
person:francois hollande|person|FR|François Hollande|François Hollande,Francois Hollande,Hollande|فرانسوا هولاند,فرنسوا هولاند,هولاند
person:laurent fabius|person|FR|Laurent Fabius|Laurent Fabius,Fabius|لوران فابيوس,فابيوس
person:nicolas sarkozy|person|FR|Nicolas Sarkozy|Nicolas Sarkozy,Sarkozy|نيكولا ساركوزي,ساركوزي
person:jean yves le drian|person|FR|Jean-Yves Le Drian|Jean-Yves Le Drian,Le Drian|جان إيف لودريان,جان ايف لودريان,لودريان
person:gerald darmanin|person|FR|Gérald Darmanin|Gérald Darmanin,Gerald Darmanin,Darmanin|جيرالد دارمانان,دارمانان
person:manuel valls|person|FR|Manuel Valls|Manuel Valls|مانويل فالس
person:emmanuel macron|person|FR|Emmanuel Macron|Emmanuel Macron,Macron|إيمانويل ماكرون,ماكرون
person:david cameron|person|GB|David Cameron|David Cameron,Cameron|ديفيد كاميرون
person:philip hammond|person|GB|Philip Hammond|Philip Hammond|فيليب هاموند
person:angela merkel|person|DE|Angela Merkel|Angela Merkel,Merkel|أنجيلا ميركل,أنغيلا ميركل,ميركل
person:frank walter steinmeier|person|DE|Frank-Walter Steinmeier|Frank-Walter Steinmeier,Steinmeier|فرانك فالتر شتاينماير,شتاينماير
person:sigmar gabriel|person|DE|Sigmar Gabriel|Sigmar Gabriel|زيغمار غابرييل,زيجمار جابريل
person:alexis tsipras|person|GR|Alexis Tsipras|Alexis Tsipras,Tsipras|أليكسيس تسيبراس,ألكسيس تسيبراس,تسيبراس
person:matteo renzi|person|IT|Matteo Renzi|Matteo Renzi,Renzi|ماتيو رينزي,رينزي
person:paolo gentiloni|person|IT|Paolo Gentiloni|Paolo Gentiloni,Gentiloni|باولو جينتيلوني,جينتيلوني,جنتيلوني
person:federica mogherini|person||Federica Mogherini|Federica Mogherini,Mogherini|فيديريكا موغيريني,فيدريكا موغيريني,فدريكا موغريني,موغيريني,موغريني
person:jean claude juncker|person||Jean-Claude Juncker|Jean-Claude Juncker,Juncker|جان كلود يونكر,يونكر
person:ursula von der leyen|person||Ursula von der Leyen|Ursula von der Leyen,von der Leyen|أورسولا فون دير لاين,فون دير لاين
person:antonio guterres|person||António Guterres|António Guterres,Antonio Guterres,Guterres|أنطونيو غوتيريش,أنطونيو غوتيريس,غوتيريش
person:geir pedersen|person||Geir Pedersen|Geir Pedersen,Pedersen|غير بيدرسون
person:jens stoltenberg|person||Jens Stoltenberg|Jens Stoltenberg,Stoltenberg|ينس ستولتنبرغ,ستولتنبرغ
person:zeid raad al hussein|person||Zeid Ra'ad al-Hussein|Zeid Ra'ad al-Hussein,Zeid Ra'ad Al Hussein|زيد رعد الحسين
person:stephen obrien|person||Stephen O'Brien|Stephen O'Brien|ستيفن أوبراين
person:yukiya amano|person||Yukiya Amano|Yukiya Amano,Amano|يوكيا أمانو
person:hans grundberg|person||Hans Grundberg|Hans Grundberg,Grundberg|هانس غروندبرغ,غروندبرغ
person:hanna tetteh|person||Hanna Tetteh|Hanna Tetteh,Hanna Serwaa Tetteh,Tetteh|هانا تيتيه,تيتيه
gov:SA-nazaha|government|SA|National Anti-Corruption Commission|National Anti-Corruption Commission,Nazaha|الهيئة الوطنية لمكافحة الفساد
igo:ecb|igo||European Central Bank|European Central Bank,ECB|البنك المركزي الأوروبي
gov:IL-knesset|government|IL|Knesset|Knesset,Israeli Knesset|الكنيست,الكنيست الإسرائيلي
group:state-of-law|party|IQ|State of Law Coalition|State of Law Coalition,State of Law|ائتلاف دولة القانون,كتلة دولة القانون
person:bernardino leon|person||Bernardino Leon|Bernardino Leon,Bernardino León|برناردينو ليون
person:mohammed ali al houthi|person|YE|Mohammed Ali al-Houthi|Mohammed Ali al-Houthi|محمد علي الحوثي
person:pope francis|person||Pope Francis|Pope Francis|البابا فرنسيس,البابا فرنسيس الأول
gov:LY-noc|other|LY|National Oil Corporation|Libyan National Oil Corporation|المؤسسة الوطنية للنفط
person:masoud barzani|person|IQ|Masoud Barzani|Masoud Barzani,Massoud Barzani|مسعود البارزاني,مسعود بارزاني
person:martin dempsey|person|US|Martin Dempsey|Martin Dempsey,Dempsey|مارتن ديمبسي,ديمبسي
`;
