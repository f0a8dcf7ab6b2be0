// Measures undone: a restriction lifted, eased or revoked is a concession (CONCEDE), not the restriction itself,
// and a strike or protest called off is a climb-down (RETREAT), not the protest. Each phrase is a reversing verb, a
// short gap ("lifted the nightly curfew") and the measure, so that the longer match wins over the bare
// noun ("state of emergency" → COERCE, "sanctions" → SANCTION, "strike" → PROTEST).
import { triggers } from '../trigger.types';

/** Finite reversing verbs only: "urged Israel to lift the blockade" is a call, not a concession. */
const REVERSING = [
  'lifted',
  'lifts',
  'eased',
  'eases',
  'relaxed',
  'relaxes',
  'scrapped',
  'scraps',
  'revoked',
  'revokes',
  'rescinded',
  'rescinds',
  'repealed',
  'repeals',
  'ended',
  'ends',
];

/** Measures that restrict people, goods or movement. Forces "ended the siege" by breaking it: not a concession. */
const MEASURES = ['state of emergency', 'emergency rule', 'martial law', 'curfew', 'lockdown', 'embargo', 'travel ban'];
const BROKEN_BY_FORCE = ['siege', 'blockade'];

const phrases = (verbs: string[], objects: string[]) => verbs.flatMap((v) => objects.map((o) => `${v} ~ ${o}`));

const STRIKES = ['strike', 'general strike', 'hunger strike', 'protest', 'protests', 'sit-in', 'boycott', 'march'];

/** Measures a government or bloc decides to undo ("agreed on Tuesday to lift all remaining economic sanctions"). */
const UNDONE = [...MEASURES, 'ban', 'sanctions', 'restrictions'];
/** Decisions to undo: not "urged Israel to lift", a call (REQUEST), nor "refused to lift" (REJECT). */
const DECIDED = ['agreed', 'agrees', 'decided', 'decides', 'voted', 'votes'];
/** The measure told first and undone after ("announced that the ban had been lifted"). */
const PASSIVE = [
  'was lifted',
  'were lifted',
  'been lifted',
  'is lifted',
  'are lifted',
  'was eased',
  'were eased',
  'been eased',
];

export const EN_CONCEDE_EASING = triggers('CONCEDE', [
  ['concede', 'verb', 0.7, phrases(REVERSING, MEASURES).join('|')],
  ['concede', 'verb', 0.7, DECIDED.flatMap((v) => UNDONE.map((o) => `${v} ~ to lift ~~ ${o}`)).join('|')],
  ['concede', 'verb', 0.7, UNDONE.flatMap((o) => PASSIVE.map((v) => `${o} ~~ ${v}`)).join('|')],
  [
    'concede',
    'verb',
    0.7,
    phrases(
      REVERSING.filter((v) => !v.startsWith('end')),
      BROKEN_BY_FORCE,
    ).join('|'),
  ],
]);

/** "suspended strikes on the port" is military: only a protest's own name follows these verbs. */
const PROTEST_ONLY = STRIKES.filter((s) => s !== 'strike' && s !== 'march');

export const EN_RETREAT_CALLED_OFF = triggers('RETREAT', [
  [
    'end-protest',
    'verb',
    0.8,
    [
      ...phrases(['called off', 'calls off'], STRIKES),
      ...phrases(['suspended', 'suspends', 'ended'], PROTEST_ONLY),
    ].join('|'),
  ],
]);
