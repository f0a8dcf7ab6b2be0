// English wordings of forces moved, put on alert, drilled, pulled back or stood down that the base and wire lists
// (material.patterns.ts, wire-material.patterns.ts) miss: other verbs for sending and placing forces, the kinds of
// force named (warships, units, police officers), exercises told by their verb, and the ways a withdrawal or a
// stand-down is worded. Each list is spread into the base export of its type.
import { triggers } from '../trigger.types';

const phrases = (verbs: string[], gap: string, objects: string[]) =>
  verbs.flatMap((v) => objects.map((o) => `${v} ${gap} ${o}`)).join('|');

/** Verbs of arms given up or handed in by their holders. */
const GIVING_UP = ['handing over', 'handing in', 'handed in', 'hands in', 'gave up', 'gives up', 'giving up'];
/** Kinds of arms a disarming force gives up (a bare "arms" would give up "arms race" talk too). */
const HEAVY_ARMS = ['weapons', 'mortars', 'machine guns', 'rifles', 'tanks', 'artillery', 'rocket launchers'];

/** Bodies of armed men and their kit, as the object of a verb that moves them. */
const FORCE_NOUNS = [
  'troops',
  'soldiers',
  'forces',
  'units',
  'reinforcements',
  'warships',
  'warship',
  'aircraft carrier',
  'carrier strike group',
  'destroyer',
  'destroyers',
  'frigate',
  'frigates',
  'fighter jets',
  'tanks',
  'armoured vehicles',
  'armored vehicles',
  'paratroopers',
  'commandos',
  'marines',
  'police officers',
  'riot police',
  'national guard',
];
/** Verbs that move or place forces somewhere. The base "deployed" and "dispatched" come back with the force named
 * ("dispatched 400 police officers"), a surer reading than the bare verb that also deploys clinics. */
const PLACING = [
  'deployed',
  'deploying',
  'deploys',
  'dispatched',
  'dispatching',
  'dispatches',
  'stationed',
  'stationing',
  'positioned',
  'rushed',
  'rushing',
  'rushes',
  'airlifted',
  'moved',
  'moving',
  'moves',
  'sending',
  'sends',
  'sent',
  'federalized',
  'federalised',
];
/** Exercises told by the verb that holds them: "staged large-scale drills", "launched naval exercises". */
const DRILLING = [
  'staged',
  'stages',
  'staging',
  'held',
  'holds',
  'holding',
  'launched',
  'launches',
  'launching',
  'began',
  'begins',
  'started',
  'starts',
  'conducted',
  'conducts',
  'conducting',
  'carried out',
  'carrying out',
  'kicked off',
];
const DRILLS = [
  'drills',
  'exercises',
  'war games',
  'manoeuvres',
  'maneuvers',
  // One exercise named by its kind: "staged a joint air exercise" (the bare singular also reads "began to exercise").
  'air exercise',
  'naval exercise',
  'military exercise',
  'joint exercise',
  'training exercise',
  'air drill',
  'naval drill',
  'military drill',
  'joint drill',
  // Forces joined by "and": "launched large-scale air and naval exercises around Taiwan".
  'air and naval exercises',
  'naval and air exercises',
  'air and naval drills',
  'naval and air drills',
  'land and sea drills',
];
/** The exercise phrases, for the sense rule that keeps talks about drills a consultation (en/senses.ts). */
export const DRILL_PHRASES = phrases(DRILLING, '~', DRILLS).split('|');
/** Forces made ready: "put its navy on standby", "placed the army on standby". */
const STANDBY = ['put ~ on ~ standby', 'puts ~ on ~ standby', 'placed ~ on ~ standby', 'places ~ on ~ standby'];
/** A presence of forces made larger: "stepped up its military presence around Bamako". */
const PRESENCE_VERBS = [
  'stepped up',
  'steps up',
  'increased',
  'increases',
  'boosted',
  'bolstered',
  'beefed up',
  'reinforced',
  'strengthened',
  'ramped up',
];
/** Duties a force is ordered to take up in its own country. */
const DUTIES = ['to patrol', 'to guard', 'to deploy', 'to be deployed'];
const PRESENCES = ['military presence', 'security presence', 'police presence', 'naval presence', 'troop presence'];

export const EN_MOBILIZE_MOVES = triggers('MOBILIZE', [
  ['troops', 'verb', 0.85, phrases(PLACING, '~', FORCE_NOUNS)],
  // The passive of the same: "thousands of paramilitary troops were airlifted to Manipur".
  [
    'troops',
    'verb',
    0.8,
    'troops ~~ airlifted|soldiers ~~ airlifted|troops ~~ stationed in|soldiers ~~ stationed in|troops were rushed|soldiers were rushed|troops ~~ were moved|reinforcements ~~ were rushed',
  ],
  // Police contingents landing abroad or in a troubled region are deployed: "Hundreds of Kenyan police officers
  // arrived in Haiti" (the CONSULT reading of "arrived in" leaves police out: en/senses.ts).
  ['troops', 'verb', 0.75, 'police officers ~~ arrived in|police officers ~~ landed in|police officers ~~ landed at'],
  ['troops', 'verb', 0.8, phrases(PRESENCE_VERBS, '~', PRESENCES)],
  // Forces ordered onto patrol or guard duty: "ordered soldiers to patrol alongside police", "ordered the army to
  // guard polling stations".
  [
    'troops',
    'verb',
    0.8,
    phrases(
      ['ordered', 'orders'],
      '~',
      [...FORCE_NOUNS, 'army', 'military'].flatMap((f) => DUTIES.map((d) => `${f} ${d}`)),
    ),
  ],
  // A mobilisation decreed: "ordered the mobilisation of 25,000 troops", "declared a general mobilization".
  [
    'troops',
    'verb',
    0.85,
    phrases(['ordered', 'orders', 'announced', 'announces', 'declared', 'declares'], '~', [
      'mobilisation',
      'mobilization',
    ]),
  ],
  [
    'troops',
    'noun',
    0.8,
    'general mobilisation|general mobilization|partial mobilisation|partial mobilization|military buildup|military build up|troop build up',
  ],
  // Present and redeployment forms: "Pakistan masses troops on Afghan frontier" ("the masses" is a crowd), "the army
  // redeployed two brigades to the front", "the junta has beefed up its forces".
  ['troops', 'verb', 0.85, 'masses', { notAfter: ['the', 'of', 'to', 'for'] }],
  [
    'troops',
    'verb',
    0.85,
    'redeployed|redeploys|redeploying|beefed up ~ forces|bolstered ~ forces|boosted ~ forces|reinforced ~ forces|strengthened ~ forces',
  ],
  ['alert', 'verb', 0.8, STANDBY.join('|')],
  ['exercise', 'verb', 0.8, DRILL_PHRASES.join('|')],
  [
    'exercise',
    'noun',
    0.75,
    'naval drill|military drill|air drill|live fire drill|live fire exercise|live fire exercises|military manoeuvres|military maneuvers|naval manoeuvres|naval maneuvers|joint manoeuvres|joint maneuvers',
  ],
]);

/** Posts and bases given up: "evacuated their positions", "abandoned the base". */
const POSTS = ['positions', 'position', 'posts', 'post', 'bases', 'base', 'barracks', 'checkpoints', 'checkpoint'];
/** People held and freed. */
const CAPTIVES = ['prisoners', 'hostages', 'detainees', 'captives', 'inmates', 'prisoners of war', 'abductees'];
/** Armed men as the subject of a verb that leaves: "Al Shabaab fighters abandoned the town". */
const ARMED_MEN = ['fighters', 'troops', 'soldiers', 'forces', 'militants', 'rebels', 'insurgents', 'militiamen'];

export const EN_RETREAT_MOVES = triggers('RETREAT', [
  [
    'withdraw',
    'verb',
    0.85,
    phrases(['evacuated', 'evacuates', 'abandoned', 'abandons', 'vacated', 'vacates'], '~', POSTS),
  ],
  ['withdraw', 'verb', 0.8, phrases(ARMED_MEN, '~~', ['abandoned', 'vacated'])],
  // A withdrawal finished or begun is told by its verb: "completed its withdrawal from southern Lebanon".
  [
    'withdraw',
    'verb',
    0.85,
    'completed ~ withdrawal|completes ~ withdrawal|began ~ withdrawal|begins ~ withdrawal|started ~ withdrawal|completed ~ pullout|began ~ pullout',
  ],
  // Territory handed back: "handed over control of the Tishrin dam", "ceded control of the town".
  [
    'withdraw',
    'verb',
    0.85,
    'handed over ~ control|hands over ~ control|handing over ~ control|handed back ~ control|hands back ~ control|handed back control|ceded control|ceded ~ control|cedes ~ control',
  ],
  // Fighters stood down: "the armed group demobilised 300 fighters", "gave themselves up".
  [
    'disarm',
    'verb',
    0.85,
    'demobilised|demobilized|demobilises|demobilizes|demobilising|demobilizing|disarms|disarming|turned themselves in|turned himself in|gave themselves up|gave himself up|handed themselves over|handed himself over|lay down their weapons|laying down their weapons',
  ],
  ['disarm', 'noun', 0.85, 'demobilisation|demobilization'],
  // Captives handed back: "Hamas handed over four Israeli hostages to the Red Cross".
  [
    'release',
    'verb',
    0.85,
    'handed over ~~ hostages|hands over ~~ hostages|handing over ~~ hostages|handed over ~~ captives|hands over ~~ captives',
  ],
  // Headline presents and returns: "Ukraine and Russia swap prisoners", "Troops pull out of Gaza City", "Russia
  // returned 150 prisoners of war to Ukraine", "the fighters were evacuated from the town under the deal".
  [
    'release',
    'verb',
    0.85,
    'swap ~ prisoners|swaps ~ prisoners|swapped ~ prisoners|exchange ~ prisoners|exchanges ~ prisoners|returned ~~ prisoners|returns ~~ prisoners|repatriated ~~ prisoners|repatriates ~~ prisoners',
  ],
  ['withdraw', 'verb', 0.85, 'pull out of|pull back from', { notAfter: ['to', 'not', "n't", 'will', 'would', 'must'] }],
  [
    'withdraw',
    'verb',
    0.8,
    'fighters were evacuated|militants were evacuated|rebels were evacuated|fighters ~~ were evacuated|militants ~~ were evacuated|rebels ~~ were evacuated',
  ],
  ['disarm', 'verb', 0.85, 'handed ~~ weapons to|hands ~~ weapons to|handed over ~~ weapons|hands over ~~ weapons'],
  // Arms given up or handed in, named by kind: "Tigrayan forces began handing over heavy weapons", "KDPI fighters
  // gave up mortars and machine guns", "tanks and rocket launchers were handed over at Agula".
  ['disarm', 'verb', 0.85, phrases(GIVING_UP, '~', HEAVY_ARMS)],
  ['disarm', 'passive', 0.85, phrases(HEAVY_ARMS, '', ['were handed over', 'were handed in', 'were surrendered'])],
  // The bare "released", "freed" and "surrendered" come back with the captives or the captors named, a surer reading
  // than the verb that also releases statements and figures: "the Houthis released 153 prisoners", "surrendered to
  // troops".
  ['release', 'verb', 0.85, phrases(['released', 'freed', 'releases', 'frees'], '~', CAPTIVES)],
  [
    'disarm',
    'verb',
    0.9,
    phrases(['surrendered', 'surrenders'], '~', ['weapons', 'arms']) +
      '|' +
      phrases(['surrendered to', 'surrenders to'], '~', [
        'troops',
        'army',
        'soldiers',
        'military',
        'police',
        'authorities',
      ]),
  ],
  // A resignation offered or handed in: "the defence minister offered to resign".
  [
    'resign',
    'verb',
    0.8,
    'offered to resign|offers to resign|offered ~ resignation|offers ~ resignation|handed in ~ resignation|hands in ~ resignation|handing in ~ resignation',
  ],
]);
