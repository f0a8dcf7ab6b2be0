// Candidate features on short sentences of our own, read through the extractor with the threshold off.
import { insideQuotes } from '../assemble/assemble-events';
import { FAKE_RESOURCES } from '../extractor/fake-resources';
import { RuleExtractor } from '../extractor/rule-extractor';
import type { DraftEvent } from '../assemble/assemble.types';
import { placeHow } from './features';
import { STORY_DOER_RULE } from '../assemble/merge/article-actor';

const open = new RuleExtractor({ resources: FAKE_RESOURCES, minConfidence: 0 });
const featuresOf = (body: string, language: string, type: string) => {
  const e = open
    .explain({ id: 't', body, language, publishedAt: '2016-12-05T10:00:00Z' })
    .find((x) => x.event.type === type);
  expect(e?.explain.calibration).toBeDefined();
  return e!.explain.calibration!.features;
};

describe('candidateFeatures', () => {
  it('reads a verb trigger with a dictionary actor, a place in its clause and a toll', () => {
    const f = featuresOf('شنت قوات النظام غارات جوية على مدينة حلب أسفرت عن مقتل 7 أشخاص.', 'ar', 'ASSAULT');
    expect(f['type:ASSAULT']).toBe(1);
    expect(f['lang:ar']).toBe(1);
    expect(f['actor:dict']).toBe(1);
    expect(f['place:clause']).toBe(1);
    expect(f['material&place:clause']).toBe(1);
    expect(f['place_kind:local']).toBe(1);
    expect(f.count).toBe(1);
    expect(f['position:lead']).toBe(1);
    expect(f.trigger_weight).toBeGreaterThan(0);
    // one-hot: no other type is on
    expect(Object.keys(f).filter((k) => k.startsWith('type:'))).toEqual(['type:ASSAULT']);
  });
  it('marks a material event without a place, and a statement without one, differently', () => {
    expect(featuresOf('Police arrested twelve activists.', 'en', 'COERCE')['material&place:none']).toBe(1);
    const f = featuresOf('طالبت الأمم المتحدة بوقف القتال.', 'ar', 'REQUEST');
    expect(f['verbal&place:none']).toBe(1);
    expect(f['lang:en']).toBeUndefined();
  });
  it('sees negation, hedges, later sentences and events sharing a sentence', () => {
    expect(featuresOf('Egypt has not accused Iran.', 'en', 'ACCUSE').negated).toBe(1);
    expect(featuresOf('The army reportedly attacked Aleppo.', 'en', 'ASSAULT').hedged).toBe(1);
    const later = featuresOf(
      'The weather was calm. Markets were open. Schools were closed. Russia accused Iran of lying.',
      'en',
      'ACCUSE',
    );
    expect(later['position:mid']).toBe(1);
    expect(later['position:lead']).toBeUndefined();
    const busy = featuresOf('اتهمت السعودية إيران بدعم الحوثيين ورفضت موسكو الاتهام.', 'ar', 'ACCUSE');
    expect(busy.shared_sentence).toBeGreaterThan(0);
  });
  it('reads an English sentence dated relative to the news day as dated', () => {
    const body = (lead: string) => `The weather was calm. ${lead} the mayor of the town resigned over the scandal.`;
    expect(featuresOf(body('Later that day,'), 'en', 'RETREAT').dated).toBe(1);
    expect(featuresOf(body('Hours earlier,'), 'en', 'RETREAT').dated).toBe(1);
    expect(featuresOf(body('In the end,'), 'en', 'RETREAT').dated).toBeUndefined();
  });
  it('sees a doer lent from the story told before as no actor', () => {
    const body =
      'قصفت قوات النظام السوري مدينة حلب أمس. وهاجم مسلحو تنظيم داعش بلدة في ريف الرقة. وفي درعا قتل خمسة أشخاص في تفجير سيارة مفخخة.';
    const lent = new RuleExtractor({ minConfidence: 0 })
      .explain({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' })
      .find((x) => x.explain.actorRule === STORY_DOER_RULE);
    expect(lent?.event.actor?.name).toBe('Islamic State');
    expect(lent!.explain.calibration!.features['actor:none']).toBe(1);
  });
  it('counts repeats of one happening as merged mentions', () => {
    const f = featuresOf('قصفت قوات النظام حلب. وقصفت قوات النظام مواقع في سوريا.', 'ar', 'ASSAULT');
    expect(f['mentions:2+']).toBe(1);
  });
});

describe('placeHow', () => {
  const placed = (placeRule: string | null) =>
    ({ place: { kind: 'country' }, trace: { placeRule } }) as unknown as DraftEvent;
  it('folds every country-level fallback of attach-place into one class', () => {
    for (const rule of ['country fallback', 'story country', 'home forces country', 'home state country'])
      expect(placeHow(placed(rule))).toBe('country');
  });
  it('reads later-in-sentence and meeting venues as a sentence place, a merged repeat as merged', () => {
    expect(placeHow(placed('later in sentence'))).toBe('sentence');
    expect(placeHow(placed('venue of the meeting'))).toBe('sentence');
    expect(placeHow(placed(null))).toBe('merged');
    expect(placeHow({ place: null, trace: { placeRule: null } } as unknown as DraftEvent)).toBe('none');
  });
});

describe('candidateFeatures: context of the read', () => {
  it('tells an actor acting in its own country from one acting abroad', () => {
    const home = featuresOf('شنت قوات النظام غارات جوية على مدينة حلب أسفرت عن مقتل 7 أشخاص.', 'ar', 'ASSAULT');
    expect(home['home_place:inside']).toBe(1);
    expect(home.abroad_place).toBeUndefined();
    const abroad = featuresOf('Russia attacked Aleppo on Monday.', 'en', 'ASSAULT');
    expect(abroad.abroad_place).toBe(1);
    expect(abroad['home_place:inside']).toBeUndefined();
  });
  it('crosses position with language, and the trigger sense (mode) is one-hot', () => {
    const f = featuresOf('شنت قوات النظام غارات جوية على مدينة حلب أسفرت عن مقتل 7 أشخاص.', 'ar', 'ASSAULT');
    expect(f['position:lead&lang:ar']).toBe(1);
    const modes = Object.keys(f).filter((k) => k.startsWith('mode:'));
    expect(modes).toHaveLength(1);
    expect(f.mode).toBe(1);
  });
  it('marks a missing actor by group and language', () => {
    const f = featuresOf('Aleppo was shelled on Monday.', 'en', 'ASSAULT');
    expect(f['actor:none']).toBe(1);
    expect(f['material&actor:none']).toBe(1);
    expect(f['actor:none&lang:en']).toBe(1);
  });
  it('sees a place other events share, and how many places and actors the article holds', () => {
    const lone = featuresOf('Russia attacked Aleppo on Monday.', 'en', 'ASSAULT');
    expect(lone.place_shared).toBeUndefined();
    const shared = featuresOf(
      'Russia attacked Aleppo on Monday. Protesters rallied in Aleppo on Tuesday.',
      'en',
      'ASSAULT',
    );
    expect(shared.place_shared).toBeGreaterThan(0);
    expect(shared.article_places).toBeGreaterThan(0);
    expect(shared.article_actors).toBeGreaterThan(0);
  });
  it('crosses the group with the kind of place', () => {
    const arrest = featuresOf('In Aleppo on Monday, police arrested twelve activists.', 'en', 'COERCE');
    expect(arrest['material&place_kind:local']).toBe(1);
    const demand = featuresOf('طالبت الأمم المتحدة بوقف القتال في سوريا.', 'ar', 'REQUEST');
    expect(demand['verbal&place_kind:country']).toBe(1);
  });
  it('marks a quoted material event', () => {
    const f = featuresOf('The mayor said "the army attacked Aleppo" on Monday.', 'en', 'ASSAULT');
    expect(f.quoted).toBe(1);
    expect(f['quoted&material']).toBe(1);
  });
});

describe('insideQuotes', () => {
  it('tells quoted words from reported ones', () => {
    const s = 'He said "they attacked us" and then the army attacked.';
    expect(insideQuotes(s, 0, s.indexOf('attacked'))).toBe(true);
    expect(insideQuotes(s, 0, s.lastIndexOf('attacked'))).toBe(false);
    const a = 'قال إن «القوات هاجمت المدينة» أمس';
    expect(insideQuotes(a, 0, a.indexOf('هاجمت'))).toBe(true);
    expect(insideQuotes(a, 0, a.indexOf('أمس'))).toBe(false);
  });
});
