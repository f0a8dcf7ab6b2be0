// The crowd before an English protest verb is its actor (english-crowd-subject.ts): workers, supporters, residents,
// or a counted crowd ("thousands marched"), past a count, an origin or a relative clause.
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../assemble-events';

const protestActor = (text: string) =>
  assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).find((d) => d.type === 'PROTEST')?.actor?.name ?? null;

describe('crowd subjects of English protest verbs', () => {
  it('names workers from several factories who walked out', () => {
    expect(protestActor('Textile workers from more than 20 mills walked out on Monday in Faisalabad.')).toBe(
      'Textile workers',
    );
  });

  it('names the crowd past a count and a relative clause', () => {
    expect(
      protestActor('Hundreds of farmers who had lost their land blocked the main road near Multan on Sunday.'),
    ).toBe('farmers');
  });

  it('names counted supporters after a time phrase', () => {
    expect(protestActor('On Saturday, thousands of opposition supporters rallied in the centre of Tbilisi.')).toMatch(
      /supporters/,
    );
  });

  it('reads a bare counted crowd as protesters', () => {
    expect(protestActor('In Kano, thousands marched peacefully to the central square, waving placards.')).toBe(
      'protesters',
    );
  });

  it('reads people counted in singular hundreds or thousands as protesters', () => {
    expect(protestActor('In Niamey, several hundred people rallied on Sunday in support of the army.')).toBe(
      'protesters',
    );
    expect(protestActor('In Hargeisa, a few thousand people marched against the deal on Friday.')).toBe('protesters');
  });

  it('does not start the name at a conjunction', () => {
    expect(protestActor('The strike began on Monday, when workers of 12 factories in Tongi walked out.')).toBe(
      'workers',
    );
  });

  it('leaves a crowd that only reports what others did', () => {
    expect(
      protestActor('Residents said hundreds of men blocked the main road near Kisumu on Tuesday.') ?? '-',
    ).not.toMatch(/Residents|civilians/);
  });
});

describe('crowds after a dateline, joined crowds and opening places', () => {
  it('reads the counted crowd right after a dateline', () => {
    expect(
      protestActor(
        'NOVI SAD, Serbia, Oct 15 (Reuters) - Tens of thousands of people marched through the city on Saturday.',
      ),
    ).toBe('protesters');
  });
  it('reads the first of two joined crowd nouns', () => {
    expect(protestActor('In Chaman, hundreds of traders and porters staged a sit-in at the border gate.')).toBe(
      'traders',
    );
  });
  it('never takes an opening phrase of place for the subject of a participle', () => {
    const drafts = assembleEvents(
      {
        text: 'In Yerevan, several thousand opposition supporters marched to the government building, accusing the prime minister of betrayal.',
        language: 'en',
      },
      DEFAULT_RESOURCES,
    );
    expect(drafts.map((d) => d.actor?.name ?? null)).not.toContain('In Yerevan');
  });
});
