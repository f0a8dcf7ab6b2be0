// Places that are not the scene of the happening told next to them (audit of unlabeled feed text): a background
// happening's place, a press-conference venue, a landmark locating "the town", where
// aircraft set out from, a country's "territory", and the Yemeni al-Alam next to its Iraqi namesake.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { findPlaces } from '../../gazetteer';

const ex = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, type: string): (string | undefined)[] =>
  ex
    .extract({ id: 't', language: 'ar', body })
    .filter((e) => e.type === type)
    .map((e) => e.location?.name ?? e.location?.country ?? undefined);

describe('places that are not the scene', () => {
  it('leaves the place of a background happening ("بالتزامن مع وصول … إلى ميناء عدن") to it', () => {
    const body =
      'بالتزامن مع وصول قافلة مساعدات طبية إلى ميناء عدن صباح اليوم، استهدفت أربع قذائف أطلقها المتمردون، بعد ساعات، مستشفى ظهران الجنوب العام.';
    expect(placesOf(body, 'ASSAULT')).toContain('Dhahran al-Janub');
  });

  it('does not take the city of a press conference as the place of the arrests it announces', () => {
    const body = 'وقال رئيس الوزراء في مؤتمر صحافي نقله التلفزيون في أنقرة إن الشرطة التركية أوقفت 300 مشتبه به.';
    expect(placesOf(body, 'COERCE')).not.toContain('Ankara');
  });

  it('keeps the venue when the deal was signed just before the press conference', () => {
    const body =
      'وفي مؤتمر صحافي بمقر الوكالة في فيينا عقب توقيع خطة العمل مع إيران، قال المدير العام إن التفتيش سيبدأ.';
    expect(placesOf(body, 'AGREE')).toContain('Vienna');
  });

  it('reads "المدينة الواقعة شمال غرب دمشق" as the town named before, not Damascus', () => {
    const body =
      'تعرضت مدينة الزبداني لقصف عنيف بالبراميل المتفجرة. وقال مصدر إن عددا كبيرا من البراميل المتفجرة سقطت على المدينة الواقعة شمال غرب العاصمة دمشق مما تسبب في دمار كبير.';
    expect(placesOf(body, 'ASSAULT')).not.toContain('Damascus');
    expect(placesOf(body, 'ASSAULT')).toContain('Zabadani');
  });

  it('does not place an airstrike at the base the jets took off from', () => {
    const body = 'قصفت مقاتلات تركية انطلقت من قاعدة جوية في ولاية ديار بكر مواقع للتنظيم المتطرف.';
    expect(placesOf(body, 'ASSAULT')).not.toContain('Diyarbakir');
  });

  it('does not place a recapture in the town the reinforcements were sent from', () => {
    const body = 'By late afternoon, army reinforcements sent from Beledweyne had regained control of the base.';
    const english = ex
      .extract({ id: 't', language: 'en', body })
      .filter((e) => e.type === 'COERCE')
      .map((e) => e.location?.name);
    expect(english).not.toContain('Beledweyne');
  });

  it('reads "داخل الأراضي السورية" as Syria', () => {
    const body = 'قصفت مقاتلات تركية ثلاثة مواقع للتنظيم داخل الأراضي السورية فجر اليوم.';
    expect(placesOf(body, 'ASSAULT')).toContain('Syria');
  });
});

describe('al-Alam east of Aden, a front of its own (the compass-word anchoring is tested in anchored-places.spec.ts)', () => {
  // The al-Alam junction between Aden and Abyan is now a place of its own (places.fronts.ts): read as itself.
  it('reads "جبهة العلم شرق مدينة عدن" as the Yemeni al-Alam, not the Iraqi one', () => {
    const body = 'وقال قائد ميداني إن 40 متمردا لقوا مصرعهم امس في جبهة العلم شرق مدينة عدن.';
    expect(placesOf(body, 'ASSAULT')).toEqual(['al-Alam junction (Aden–Abyan)']);
  });

  it('reads "منطقة العلم بساحل أبين" as the Yemeni al-Alam, not the Iraqi one', () => {
    const body = 'قتل 9 مسلحين في مواجهات عنيفة اندلعت ليلا في منطقة العلم بساحل أبين.';
    expect(placesOf(body, 'ASSAULT')).toEqual(['al-Alam junction (Aden–Abyan)']);
  });

  it('knows Hibhib (Diyala) and Musandam (Oman)', () => {
    const names = findPlaces('سقطت قذائف على ناحية هبهب، وأصيب طفل في مسندم', { language: 'ar' }).map(
      (m) => m.place.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Hibhib', 'Musandam']));
  });

  it('places what residents of a town report in that town, but not a gunman at his home town', () => {
    const en = (body: string) =>
      ex
        .extract({ id: 't', language: 'en', body })
        .filter((e) => e.type === 'ASSAULT')
        .map((e) => e.location?.name);
    expect(en('Militants shelled the market on Monday, killing five people, residents of Mosul said.')).toEqual([
      'Mosul',
    ]);
    expect(
      en('On Monday, residents of El Fasher said RSF artillery had shelled the market, killing five people.'),
    ).toEqual(['El Fasher']);
    expect(en('The gunman, a resident of Mosul, opened fire on worshippers in Kirkuk, killing five people.')).toEqual([
      'Kirkuk',
    ]);
  });

  it('does not place a blast at the home town of the man named after it ("من مدينة أديامان يدعى")', () => {
    const body =
      'وقتل 32 شخصا في تفجير انتحاري في بلدة سروج. ووجد المحققون بطاقة هوية في مكان التفجير لتركي في العقد الثاني ' +
      'من العمر من مدينة أديامان يدعى علي آلاجوز.';
    expect(placesOf(body, 'ASSAULT')).not.toContain('Adiyaman');
    expect(placesOf(body, 'ASSAULT')).toContain('Suruc');
  });
});
