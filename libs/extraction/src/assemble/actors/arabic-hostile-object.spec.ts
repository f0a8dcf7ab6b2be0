// A name that a verb of attack or a target noun takes is what was hit (arabic-hostile-object.ts): read as the nearest
// name before a strike noun further on, it must not become the attacker.
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../assemble-events';
import { tokenize } from '../../text/tokenize';
import { hostileObject } from './arabic-hostile-object';

/** The actor of the first ASSAULT assembled from an Arabic text. */
const actorOf = (text: string) =>
  assembleEvents({ text, language: 'ar' }, DEFAULT_RESOURCES).find((d) => d.trigger.spec.type === 'ASSAULT')?.actor
    ?.name;
/** A one-token actor span at token k. */
const at = (k: number) => ({
  first: k,
  end: k + 1,
  start: 0,
  stop: 0,
  surface: '',
  value: { id: 'x', name: 'x', kind: 'rebels', country: null },
});

describe('names hit by an Arabic act of attack', () => {
  it('are not the VSO subject of a verb of attack when they own its target nouns (مواقع وأوكار X)', () => {
    expect(actorOf('واستهدفت الجمعة مواقع وأوكار المليشيات الحوثية في صعدة.')).not.toBe('Houthis');
    expect(actorOf('واستهدفت الجمعة مواقع الحوثيين في صعدة.')).not.toBe('Houthis');
  });
  it('are not the actor of a strike noun after them', () => {
    const drafts = assembleEvents(
      {
        text: 'وقال مصدر في المقاومة الشعبية: إنّ التحالف استهدف الحوثيين مع آلياتهم ولم يعرف على الفور نتائج الضربات الجوية.',
        language: 'ar',
      },
      DEFAULT_RESOURCES,
    );
    const strikes = drafts.find((d) => d.trigger.spec.words.join(' ') === 'ضربات جوية');
    expect(strikes?.actor?.name).toBe('Saudi-led coalition');
  });
  it('own the target noun after an attack masdar and are not its doer (the light verb’s subject is)', () => {
    expect(actorOf('قام الجيش التركي بقصف مواقع لداعش.')).toBe('Turkey military');
    expect(actorOf('قامت طائرات التحالف بقصف مواقع للحوثيين في صعدة.')).toBe('Saudi-led coalition');
    // A doer in the idafa right after the masdar stays: "قصف ميليشيات الحوثي".
    expect(actorOf('استمر قصف ميليشيات الحوثي لأحياء عدن.')).toBe('Houthis');
  });
  it('are read after the verb past a time word, and in a target noun’s idafa', () => {
    const tokens = tokenize('استهدفت صباح أمس الحوثيين ثم قصفت مواقع الحوثيين وقال الحوثيين');
    expect(hostileObject(tokens, at(3))).toBe(true);
    expect(hostileObject(tokens, at(7))).toBe(true);
    expect(hostileObject(tokens, at(9))).toBe(false);
  });
  it('own the thing hit when "belonging to" (التابع ل) names them, directly or in its idafa', () => {
    expect(actorOf('كما استهدف معسكر ضبوة وريمة حميد التابع لحرس الرئيس المخلوع.')).toBeUndefined();
    expect(actorOf('كما استهدف معسكر المنار التابع للحوثيين.')).not.toBe('Houthis');
    const tokens = tokenize('معسكر التابع لحرس الرئيس المخلوع وقال الحوثيين');
    expect(hostileObject(tokens, at(2))).toBe(true);
    expect(hostileObject(tokens, at(4))).toBe(true);
    expect(hostileObject(tokens, at(6))).toBe(false);
  });
  it('owning the thing hit are not the subject of the light verb before a strike noun (مما أدى إلى انفجارات)', () => {
    const drafts = assembleEvents(
      {
        text: 'وقال شهود عيان ان طائرات التحالف العربي اصابت مستودعا للذخائر تابعا للمتمردين مما ادى الى انفجارات استمرت ساعتين.',
        language: 'ar',
      },
      DEFAULT_RESOURCES,
    );
    const blasts = drafts.find((d) => d.trigger.spec.words.join(' ') === 'انفجارات');
    expect(blasts?.actor?.name).toBe('Saudi-led coalition');
  });
  it('are no target when what "belonging to" names is forces or aircraft: the owner of the forces acted', () => {
    expect(actorOf('وشنت مقاتلات تابعة للتحالف العربي أمس غارات جوية على قاعدة العند.')).toBe('Saudi-led coalition');
    expect(actorOf('وقال مسؤول إن قوة أمنية تابعة لقوات البيشمركة الكردية شنت عملية عسكرية على قرى.')).toBe(
      'Peshmerga',
    );
    expect(actorOf('وقصفت الطائرات المقاتلة التابعة للتحالف العربي مواقع في جبهة الجفينة.')).toBe(
      'Saudi-led coalition',
    );
    // Forces a verb of attack takes are still hit, and their owner with them.
    expect(actorOf('وقصفت الطائرات وحدات تكتيكية تابعة للتنظيم قرب كوباني.')).not.toBe('Islamic State');
  });
  it('include the side an advance or a victory is made over (تقدما على X), no fighter in the fronts after it', () => {
    const beaten = assembleEvents(
      // The fight is told by معارك: "جبهات القتال" alone names the fronts, no clash (battle-fronts.spec.ts).
      { text: 'وحققت المقاومة تقدما كبيرا على الحوثيين في معارك جبهات القتال.', language: 'ar' },
      DEFAULT_RESOURCES,
    ).find((d) => d.trigger.spec.type === 'ASSAULT');
    expect(beaten?.actor?.name).toBe('Popular Resistance');
    const tokens = tokenize('حققت تقدما كبيرا على الحوثيين وقال الحوثيين');
    expect(hostileObject(tokens, at(4))).toBe(true);
    expect(hostileObject(tokens, at(6))).toBe(false);
  });
  it('include who holds the place hit (المواقع التي تتمركز فيها X), read as a relative verb of holding ground', () => {
    expect(
      actorOf(
        'وأكدت مصادر محلية سيطرة المقاومة الشعبية على عدد من المواقع التي تتمركز فيها مليشيات الحوثي في مديرية لودر، بعد معارك عنيفة مع تلك المليشيات.',
      ),
    ).not.toBe('Houthis');
    const tokens = tokenize('المناطق التي يسيطر عليها الحوثيين وقال الحوثيين');
    expect(hostileObject(tokens, at(4))).toBe(true);
    expect(hostileObject(tokens, at(6))).toBe(false);
    // Not a relative clause of holding ground: "التي تحدث فيها X" names no holder.
    expect(hostileObject(tokenize('المناطق التي تحدث فيها الحوثيين'), at(4))).toBe(false);
  });
});
