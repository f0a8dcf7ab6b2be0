// Trigger words that report no happening of their own, checked through the whole extractor: the scope of a
// sanction, a hyphenated "-backed" adjective and a speaker's judgement of an attack already reported; and the real
// events those filters must let through (threats with "would", announced measures, purposes carried out).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'en' }).map((e) => e.type);

describe('English non-happenings', () => {
  it('reads a warning that sanctions could be reimposed as a threat, a famine warning as a forecast', () => {
    expect(types('Kallas warned that sanctions could be reimposed if commitments were not kept.')).toContain(
      'THREATEN',
    );
    expect(types('Aid agencies warned that funding cuts could lead to famine.')).not.toContain('THREATEN');
  });
  it('reads a deployment or aid a state says it will send as declared now, not a mere intention', () => {
    expect(types('Rwanda said on Sunday it would send additional troops to Cabo Delgado.')).toContain('MOBILIZE');
    expect(types('The home ministry sent 50 more companies of central armed police forces to Manipur.')).toContain(
      'MOBILIZE',
    );
    expect(types('Police will arrest anyone who protests.')).not.toContain('COERCE');
  });
  it('reads "appealing to" and a call made to a crowd as requests', () => {
    expect(types('Morin said, appealing to the transitional government to station troops in the town.')).toContain(
      'REQUEST',
    );
    expect(types('A student speaker told the crowd, calling on the president to resign.')).toContain('REQUEST');
    expect(types('Hundreds marched through the city, calling on the president to resign.')).not.toContain('REQUEST');
    expect(types('He appealed the verdict.')).not.toContain('REQUEST');
  });
  it('reads protesters sentenced or charged as defendants, not a protest', () => {
    expect(types('A court in Istanbul sentenced 12 protesters to prison terms of up to three years.')).not.toContain(
      'PROTEST',
    );
    expect(types('Police fired tear gas at protesters in Nairobi.')).toContain('PROTEST');
  });
  it('reads "killed eight militants in a raid" as one assault, not an assault and an arrest', () => {
    expect(types('Pakistani security forces killed eight militants in a raid in North Waziristan on Tuesday.')).toEqual(
      ['ASSAULT'],
    );
    expect(types('Police detained 45 people in dawn raids across 12 provinces.')).toEqual(['COERCE']);
    expect(types('Police carried out raids in three towns and the army shelled a village.')).toContain('COERCE');
  });
  it('reads "sanctions ..., targeting tankers" as a sanction, not an attack', () => {
    const out = types(
      'In Brussels, EU ambassadors approved a package of sanctions against Russia, targeting 100 tankers.',
    );
    expect(out).toContain('SANCTION');
    expect(out).not.toContain('ASSAULT');
  });
  it('reads "aid ..., targeting children" as aid, not an attack', () => {
    const out = types(
      'UNICEF delivered nutrition supplies to 14 health facilities in Hajjah, targeting children under five.',
    );
    expect(out).not.toContain('ASSAULT');
  });
  it('still reads "targeted" after no sanction as an attack', () => {
    expect(types('Drones targeted a fuel depot in Odesa on Monday.')).toContain('ASSAULT');
  });
  it('does not read an "Iran-backed" militia as support', () => {
    expect(types('Kataib Hezbollah, an Iran-backed militia, denied any involvement.')).not.toContain('SUPPORT');
  });
  it('does not read a speaker calling an attack a massacre as a second attack', () => {
    const out = rules
      .extract({ id: 't', body: 'Hamas described the attack as a "horrific massacre" on Sunday.', language: 'en' })
      .filter((e) => e.type === 'ASSAULT');
    expect(out.map((e) => e.mode)).not.toContain('massacre');
  });
});

const arabicTypes = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('statements of what will be done that are events now', () => {
  it('keeps a threat worded with "would"', () => {
    const body =
      "Colombia's defence minister said on Monday the army would take necessary measures against any armed group.";
    expect(types(body)).toContain('THREATEN');
  });
  it('keeps an announced concession worded with "would", but not a plain forecast', () => {
    expect(
      types('President Ruto announced on Sunday that the government would withdraw the draft law on university fees.'),
    ).toContain('CONCEDE');
    expect(types('Analysts said the government would withdraw the draft law on university fees.')).not.toContain(
      'CONCEDE',
    );
  });
  it('keeps an ultimatum whose demand says what "must" happen', () => {
    const body =
      'The minister said the militia must disband, warning that Ankara would otherwise take necessary measures.';
    expect(types(body)).toContain('THREATEN');
  });
  it('reads a warning of famine twenty words on as a forecast, not a threat', () => {
    const body =
      'Agencies warned on Monday that the blockade of the port, now in its third month, would leave hundreds of ' +
      'thousands of people facing famine.';
    expect(types(body)).not.toContain('THREATEN');
  });
});

describe('purposes carried out by the act they follow', () => {
  it('reads gathering, storming or invoking "to" do something as doing it', () => {
    expect(
      types(
        'Hundreds of teachers gathered outside the parliament in Nairobi on Sunday evening to protest against the pay cuts.',
      ),
    ).toContain('PROTEST');
    expect(
      types('Police forced their way into the embassy in Lima late on Friday to arrest the former minister.'),
    ).toContain('COERCE');
    expect(types('The government invoked emergency powers on Monday night to call in the army in Lahore.')).toContain(
      'MOBILIZE',
    );
  });
  it('still reads a vow "to" attack as an intention', () => {
    expect(types('The rebels gathered in the hills and vowed to attack the base in Goma.')).not.toContain('ASSAULT');
  });
  it('reads an Arabic arrest that an operation set out to make as an arrest', () => {
    expect(arabicTypes('وقال مصدر أمني إن قوات الشرطة قامت بعملية في بلدة طوباس لاعتقال شاب مطلوب.')).toContain(
      'COERCE',
    );
  });
});

describe('resignations in business news', () => {
  it('keeps a chief executive resigning in a markets report', () => {
    const body =
      'تراجعت أسهم الشركة في البورصة بنسبة 10 في المئة وسجل المؤشر خسائر كبيرة في السوق بعد تراجع الأرباح. ' +
      'وأعلن الرئيس التنفيذي للشركة في طوكيو استقالته بعد تراجع الأرباح وهبوط الأسهم.';
    expect(arabicTypes(body)).toContain('RETREAT');
  });
});

describe('gunfire is no accident', () => {
  it('reads a death by a side\'s "fire" as an attack, and a blaze as none', () => {
    expect(types('In Marjayoun, a man was killed by Israeli fire on Monday as residents tried to return.')).toContain(
      'ASSAULT',
    );
    expect(types('A man was killed when a fire swept through a block of flats in Leeds on Monday.')).not.toContain(
      'ASSAULT',
    );
  });
});
