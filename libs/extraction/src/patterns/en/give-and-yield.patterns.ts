// English wordings of giving way, giving help and working together that the base and wire lists
// (cooperative.patterns.ts, wire-verbal.patterns.ts, easing.patterns.ts) miss: demands met and measures dropped
// (CONCEDE), relief and money named by what is sent or lent (AID), and suspects handed over, joint work and
// mediation (COOPERATE). Each list is spread into the base export of its type.
import { triggers } from '../trigger.types';

const phrases = (verbs: string[], gap: string, objects: string[]) =>
  verbs.flatMap((v) => objects.map((o) => `${v} ${gap} ${o}`)).join('|');

/** Giving in to a demand or to pressure: "accepted the students' demands", "bowed to pressure". */
const YIELDING = [
  'accepted',
  'accepts',
  'agreed to meet',
  'agrees to meet',
  'bowed to',
  'bows to',
  'caved to',
  'caved in to',
  'gave in to',
  'gives in to',
  'acceded to',
  'accedes to',
  'yielded to',
];
/** The demands met, for the sense rule that keeps "agreed to meet protesters to discuss their demands" out. */
export const YIELD_PHRASES = [
  ...phrases(YIELDING, '~~', ['demands', 'demand']).split('|'),
  'met ~ demands',
  'meet ~ demands',
];
/** Reversing one's own measure beyond easing.patterns.ts: "lifted its social media ban", "dropped the tax increases". */
const DROPPING = ['dropped', 'drops', 'scrapped', 'scraps', 'withdrew', 'withdraws', 'reversed', 'reverses'];
const LEVIES = [
  'tax',
  'taxes',
  'tax increase',
  'tax increases',
  'tax hike',
  'tax hikes',
  'price hike',
  'price increase',
];
const TARIFF_EASING = [
  'suspended',
  'suspends',
  'paused',
  'pauses',
  'lowered',
  'lowers',
  'removed',
  'scrapped',
  'exempted',
  'pausing',
  'suspending',
  'put off',
  'puts off',
  'putting off',
  'postponed',
  'postpones',
  'held off on',
  'holds off on',
];

export const EN_CONCEDE_YIELD = triggers('CONCEDE', [
  ['concede', 'verb', 0.75, YIELD_PHRASES.join('|')],
  ['concede', 'verb', 0.7, 'bowed to ~ pressure|bows to ~ pressure|caved in|caves in|made a u turn|u turn on'],
  // The measure named with a longer qualifier than easing.patterns.ts allows: "lifted its social media ban", "lifted
  // most of the sanctions imposed on Niger".
  [
    'concede',
    'verb',
    0.7,
    phrases(['lifted', 'lifts', 'removed', 'removes', 'removing'], '~~', [
      'ban',
      'restrictions',
      'embargo',
      'curfew',
      'lockdown',
      'sanctions',
    ]),
  ],
  ['concede', 'verb', 0.7, phrases(DROPPING, '~', LEVIES)],
  [
    'concede',
    'verb',
    0.7,
    'rolled back ~ hike|rolled back ~ increase|rolled back ~ tax|scrapped plans|scraps plans|shelved plans|shelved ~ plan|withdrew ~~ bill|withdraws ~~ bill|withdrawn ~~ bill',
  ],
  ['concede', 'verb', 0.7, phrases(TARIFF_EASING, '~', ['tariffs', 'tariff', 'duties'])],
  // Decrees and laws withdrawn, compensation agreed: "the president withdrew the decree", "reverses fuel subsidy cut",
  // "agreed to compensate the victims' families".
  [
    'concede',
    'verb',
    0.7,
    'withdrew ~ decree|withdraws ~ decree|repealed ~ decree|revoked ~ decree|rescinded ~ decree|annulled ~ decree|suspended ~ law|suspends ~ law|suspended ~ decree|suspends ~ decree|reversed ~ cut|reverses ~ cut|reversed ~ cuts|reverses ~ cuts|agreed to compensate|agrees to compensate|agreed to pay compensation|agrees to pay compensation|paid compensation|pays compensation',
  ],
  // Clemency short of a pardon, and charges dropped: "commuted the death sentences of 57 Bangladeshis".
  [
    'concede',
    'verb',
    0.75,
    'commuted ~ sentence|commuted ~ sentences|commutes ~ sentence|commutes ~ sentences|commuted ~~ death sentences|dropped ~ charges|drops ~ charges|dropped all charges|withdrew ~ charges|withdrawn ~ charges',
  ],
  // Letting in what was kept out: "Israel allowed fuel trucks to enter Gaza", "allowed U.N. inspectors to return".
  [
    'concede',
    'verb',
    0.7,
    'allowed ~~ to enter|allows ~~ to enter|allowed ~~ to return|allows ~~ to return|allowed ~~ to resume|allowed ~~ into|allowed ~ aid|allows ~ aid',
    { notAfter: ['not', "n't", 'be', 'been', 'being', 'was', 'were', 'are', 'is'] },
  ],
  [
    'concede',
    'verb',
    0.7,
    'restored ~ internet|restores ~ internet|restored internet|accepted responsibility|accepts responsibility|acknowledged responsibility|admitted fault|admitted wrongdoing|admitted ~ error|admitted ~ errors|acknowledged ~ error|acknowledged ~ errors',
  ],
]);

/** Relief named by what it is: "sent relief supplies", "dispatched 20 tonnes of humanitarian supplies". */
const RELIEF = [
  'relief',
  'relief supplies',
  'relief goods',
  'relief materials',
  'relief items',
  'humanitarian supplies',
  'humanitarian assistance',
  'medical supplies',
  'medicines',
  'medicine',
  'food supplies',
  'tents',
  'blankets',
  'consignment',
  'shipment of',
];
const SENDING = [
  'sent',
  'sends',
  'sending',
  'dispatched',
  'dispatches',
  'dispatching',
  'shipped',
  'ships',
  'flew',
  'flown',
  'airlifted',
  'handed over',
  'hands over',
  'delivered',
  'delivers',
  'donated',
  'provided',
  'provides',
];
/** Money lent or granted: "approved a $1 billion loan for Egypt", "disbursed $820 million". */
const LENDING = ['approved', 'approves', 'granted', 'grants', 'extended'];

export const EN_AID_GIVEN = triggers('AID', [
  ['humanitarian', 'verb', 0.75, phrases(SENDING, '~', RELIEF)],
  [
    'humanitarian',
    'noun',
    0.75,
    'relief goods|relief materials|relief items|humanitarian supplies|humanitarian assistance|aid package|aid packages|aid ship|aid ships|aid flights|relief flights|aid consignment',
  ],
  // A sum named with what it pays for: "$40 million in humanitarian aid", "500 million euros in budget support".
  [
    'economic',
    'noun',
    0.75,
    phrases(['million', 'billion', 'euros', 'dollars'], 'in', [
      'aid',
      'humanitarian aid',
      'military aid',
      'assistance',
      'budget support',
      'funding',
      'grants',
      'loans',
    ]),
  ],
  ['economic', 'verb', 0.75, phrases(LENDING, '~~', ['loan', 'loans', 'grant', 'credit line', 'financing'])],
  ['economic', 'verb', 0.75, 'disbursed|disburses|disbursing'],
  // Present forms and other staples: "WFP distributes food in Darfur", "Qatar provided fuel to Gaza's power plant",
  // "the kingdom granted Syria $500 million".
  [
    'humanitarian',
    'verb',
    0.75,
    'distributes ~ food|distributes ~ aid|delivers ~ food|delivers ~ supplies|provided fuel|provides fuel|supplied fuel|delivered fuel|donated fuel',
  ],
  ['economic', 'verb', 0.75, 'granted ~~ million|grants ~~ million|granted ~~ billion|grants ~~ billion'],
  ['economic', 'noun', 0.7, 'disbursement of|budget support'],
  // Arms granted as a package: "approved a $400 million weapons package for Ukraine".
  [
    'military',
    'noun',
    0.75,
    'weapons package|arms package|military aid package|security assistance package|military assistance|security assistance',
  ],
  // Civilians carried out of danger by a relief body: "the Red Crescent evacuated about 40 families".
  [
    'humanitarian',
    'verb',
    0.7,
    phrases(['evacuated', 'evacuates', 'evacuating'], '~~', [
      'families',
      'civilians',
      'patients',
      'children',
      'injured',
    ]),
  ],
]);

export const EN_COOPERATE_JOINT = triggers('COOPERATE', [
  // Fugitives handed to another state: "the UAE handed over a fugitive wanted for murder to Indian authorities".
  [
    'extradite',
    'verb',
    0.8,
    'extradites|extraditing|handed over ~ fugitive|handed over ~ fugitives|hands over ~ fugitive|handed over ~ wanted|hands over ~ wanted|hands over ~ suspects',
  ],
  // Work done together: "arrested 41 people in a joint investigation", "jointly carried out a raid".
  [
    'joint',
    'noun',
    0.75,
    'joint investigation|joint investigations|joint patrol|joint security operation|joint counter terrorism|joint raids|coordinated operation|coordinated operations|jointly carried out|jointly conducted|jointly launched|worked together to|working together to',
  ],
  // "freed in collaboration with the DSS and police" (bare "coordination" and "cooperation" are base nouns).
  ['cooperate', 'noun', 0.6, 'collaboration with|conjunction with'],
  // Intelligence given and coordination helped, in the forms the base list lacks: "the DEA provided intelligence
  // support for the capture", "Qatar helps coordinate the flight".
  [
    'cooperate',
    'verb',
    0.65,
    'provided intelligence|provides intelligence|providing intelligence|intelligence support|helps coordinate|helping coordinate|helped to coordinate',
  ],
  // A third party's mediation of an exchange or a release: "the UAE mediated a prisoner swap", "Qatar brokered the
  // release of the hostages".
  [
    'mediate',
    'verb',
    0.75,
    'mediated|mediates|mediating|brokered ~ release|brokered ~ exchange|brokered ~ swap|brokers ~ release|brokers ~ exchange',
    // "talks mediated by Qatar" and "a truce brokered by Egypt" are the talks or the truce, coded as such.
    { notBefore: ['by'] },
  ],
]);
