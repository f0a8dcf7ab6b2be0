// `npm run bench:extract:long`: how extraction time grows with article length on inputs shaped to be hard, the
// pages a scraper or a hostile pusher can send (the API accepts bodies up to 1,000,000 characters). For each shape it
// extracts the same text at two lengths, 4x apart, and prints the time per 1,000 characters and the growth ratio:
// linear work gives ~4x, quadratic ~16x. No corpus text is used.
import { RuleExtractor } from '@marsad/extraction';

interface Shape {
  name: string;
  unit: string;
}

const SHAPES: Shape[] = [
  { name: 'Arabic, no sentence end', unit: 'قال الجيش إن قصف مدينة حلب أسفر عن مقتل 5 ' },
  { name: 'Arabic, one toll sentence repeated', unit: 'قتل 5 أشخاص في غارة على مدينة حلب أمس. ' },
  { name: 'English, no sentence end', unit: 'militants attacked the village near Kabul and police arrested ' },
  { name: 'English, one attack sentence repeated', unit: 'Gunmen killed 5 people in Kabul on Monday, police said. ' },
  { name: 'Arabic, place names only', unit: 'حلب دمشق حمص بغداد الموصل صنعاء عدن ' },
];
const SMALL = 50_000;
const FACTOR = 4;

function timeOf(extractor: RuleExtractor, body: string): { ms: number; events: number } {
  const t0 = process.hrtime.bigint();
  const events = extractor.extract({ id: 'long', body }).length;
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, events };
}

function main(): void {
  const extractor = new RuleExtractor();
  timeOf(extractor, 'قتل 5 أشخاص في غارة على مدينة حلب أمس.'); // gazetteer and dictionaries loaded once, outside the timing
  console.log(
    'shape'.padEnd(40),
    'chars'.padStart(9),
    'ms'.padStart(9),
    'ms/1k chars'.padStart(12),
    'growth (x4 text)',
  );
  for (const shape of SHAPES) {
    const small = shape.unit.repeat(Math.ceil(SMALL / shape.unit.length));
    const large = small.repeat(FACTOR);
    const a = timeOf(extractor, small);
    const b = timeOf(extractor, large);
    for (const [body, r] of [
      [small, a],
      [large, b],
    ] as const)
      console.log(
        shape.name.padEnd(40),
        String(body.length).padStart(9),
        r.ms.toFixed(0).padStart(9),
        ((r.ms / body.length) * 1000).toFixed(2).padStart(12),
        body === large ? `${(b.ms / a.ms).toFixed(1)}x` : '',
      );
  }
}

main();
