// English triggers of cooperative events: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, SANCTION.
import { triggers } from '../trigger.types';
import { EN_AGREE_WIRE, EN_AID_WIRE, EN_CONCEDE_WIRE, EN_CONSULT_WIRE, EN_SANCTION_WIRE } from './wire-verbal.patterns';
import { EN_CONCEDE_EASING } from './easing.patterns';
import { EN_AID_GIVEN, EN_CONCEDE_YIELD, EN_COOPERATE_JOINT } from './give-and-yield.patterns';
import { EN_CONSULT_TALKS, EN_SANCTION_PENALTIES } from './talks-and-penalties.patterns';

const EN_AGREE_BASE = triggers('AGREE', [
  [
    'agree',
    'verb',
    0.8,
    'agreed|agrees|agreed to|agreeing to|reached ~ agreement|reached ~ deal|struck ~ deal|clinched|sealed ~ deal|inked',
  ],
  ['sign', 'verb', 0.85, 'signed|signs|signing', { notBefore: ['up', 'off'] }],
  // "signed an agreement", "signed a protocol on Wednesday": the thing signed makes it a pact, not a petition or a law.
  [
    'sign',
    'verb',
    0.95,
    'signed ~ agreement|signed ~ accord|signed ~ protocol|signed ~ treaty|signed ~ deal|signed ~ memorandum|signed ~ ceasefire|signed ~ document|signs ~ agreement|signs ~ accord|signs ~ deal',
  ],
  ['sign', 'noun', 0.75, 'memorandum of understanding|memoranda of understanding|accord|peace deal'],
]);
const EN_CONSULT_BASE = triggers('CONSULT', [
  [
    'meet',
    'verb',
    0.8,
    'met|meets|meeting with|met with|held talks|hold talks|held ~ talks|holding ~ talks|held ~ round of ~ talks|discussed|hosted|conferred',
    { notBefore: ['by'] },
  ],
  // Receiving a visitor; "received aid / a call / treatment" is something else.
  [
    'meet',
    'verb',
    0.75,
    'received|receives',
    {
      notBefore: [
        'treatment',
        'aid',
        'support',
        'reports',
        'threats',
        'a',
        'an',
        'no',
        'funding',
        'medical',
        'death',
        'calls',
        'letters',
        'information',
        'injuries',
        'approval',
        'word',
        'by',
        'it',
        'them',
        'more',
        'some',
        'about',
        'from',
        'news',
        'orders',
        'training',
        'assistance',
        'money',
        'care',
        'help',
        'millions',
        'billions',
        'shipments',
        'delivery',
        'deliveries',
        'weapons',
      ],
    },
  ],
  ['meet', 'noun', 0.75, 'talks|meeting|summit|negotiations|consultations'],
  // Talks that a deal came "after" or "following" were held, as surely as with "held talks": "the deal was signed in
  // Damascus after two days of talks between…", "would hand Lashio back following talks with junta representatives";
  // so were talks an envoy was in a city for ("Pakistan's special representative was in Kabul for talks with…").
  // Read like the verb, unlike the bare noun that is often a topic ("talks on a ceasefire").
  [
    'meet',
    'verb',
    0.8,
    'was in ~ for talks|were in ~ for talks|arrived in ~ for talks|after talks|following talks|after ~ days of talks|following ~ days of talks|after ~ rounds of talks|following ~ rounds of talks|after ~ hours of talks|following ~ hours of talks',
  ],
  ['visit', 'verb', 0.75, 'visited|visits'],
  // "arrived in a lorry" names a vehicle, not a place visited.
  ['visit', 'verb', 0.75, 'arrived in', { notBefore: ['a', 'an'] }],
  ['visit', 'noun', 0.75, 'visit|visit to|state visit'],
  ['phone', 'noun', 0.85, 'phone call|telephone call|phone conversation|spoke with|speaks with'],
  // Speaking by phone is a finite verb, as "telephoned" is: "Grossi spoke by phone with Araqchi on Tuesday".
  [
    'phone',
    'verb',
    0.85,
    'telephoned|phoned|held ~ phone call|spoke by phone|spoke by telephone|speaks by phone|spoke on the phone|spoke over the phone',
  ],
]);
export const EN_SUPPORT = triggers('SUPPORT', [
  [
    'praise',
    'verb',
    0.8,
    'welcomed|welcomes|praised|praises|hailed|lauded|commended|endorsed|endorses|backed|congratulated|thanked|applauded',
    // "attempts are being backed from across the border": a progressive passive names no praiser, and "backed" there
    // is material support.
    { notBefore: ['by'], notAfter: ['being'] },
  ],
  // The passive names its praiser after "by": "the pardon was welcomed by opposition groups" (bare "backed by" is no
  // praise: "Iran-backed", "forces backed by Russia", hence the notBefore above).
  [
    'praise',
    'verb',
    0.8,
    'was welcomed by|were welcomed by|was praised by|were praised by|was hailed by|were hailed by|was applauded by|was commended by',
  ],
  // Thanks in so many words, the way "thanked" is: "expressed Kenya's appreciation to the Government of Ethiopia".
  [
    'praise',
    'verb',
    0.75,
    'expressed ~ appreciation|expresses ~ appreciation|expressed ~ gratitude|expresses ~ gratitude|conveyed ~ gratitude|conveyed ~ appreciation',
  ],
  ['recognize', 'verb', 0.8, 'recognised ~ state|recognized ~ state|formally recognised|formally recognized'],
  ['solidarity', 'noun', 0.7, 'solidarity with|support for'],
  [
    'solidarity',
    'verb',
    0.7,
    'expressed support|expressed solidarity|voiced support|reaffirmed support|expressed ~ support',
  ],
  // "Washington stands with its treaty ally", "stood firmly with the Philippines", "reaffirmed its commitment to",
  // "the kingdom stood by the Syrian government".
  [
    'solidarity',
    'verb',
    0.7,
    'stood by ~ government|stands by ~ government|stood by ~ people|stands by ~ people|stands with|stood with|stand with|standing with|stands firmly with|stood firmly with|stands shoulder to shoulder with|stood shoulder to shoulder with|reaffirmed ~ commitment to|reaffirms ~ commitment to|reaffirmed ~ support for|reaffirms ~ support for',
  ],
]);
const EN_CONCEDE_BASE = triggers('CONCEDE', [
  ['apologize', 'verb', 0.85, 'apologized|apologised|apologizes'],
  ['apologize', 'noun', 0.75, 'apology'],
  [
    'concede',
    'verb',
    0.7,
    'withdraw ~ draft law|withdrew ~ draft law|withdraw ~ bill|withdrew ~ bill|scrapped ~ law|scrapped ~ bill|shelved ~ bill|conceded|eased ~ restrictions|lifted ~ restrictions|lifted ~ ban|lifted ~ sanctions|eased ~ sanctions|pardoned|compensated|reopened|reopens|ordered compensation|granted amnesty|agreed to reopen|agreed to open|agreed to lift|agreed to ease|admitted responsibility|admitted ~ mistake',
  ],
  ['concede', 'noun', 0.65, 'concession|concessions|pardon|compensation|reopening of'],
  // "Amnesty International condemned ...": the rights group's name grants no amnesty.
  ['concede', 'noun', 0.65, 'amnesty', { notBefore: ['international'] }],
]);
const EN_COOPERATE_BASE = triggers('COOPERATE', [
  ['cooperate', 'noun', 0.55, 'cooperation|co-operation|coordination|intelligence sharing'],
  // A joint operation is specific: two forces acting together is cooperation in the act itself.
  [
    'joint',
    'noun',
    0.8,
    'joint operation|joint operations|joint patrols|joint military operation|joint offensive|joint raid',
  ],
  [
    'cooperate',
    'verb',
    0.6,
    'cooperated|cooperate|coordinated|coordinating|helped coordinate|shared intelligence|share intelligence|exchanged intelligence|exchange intelligence',
    { notBefore: ['by', 'through'] },
  ],
  ['extradite', 'verb', 0.8, 'extradited|extradition|handed over ~ suspect|handed over ~ suspects'],
]);
const EN_AID_BASE = triggers('AID', [
  [
    'humanitarian',
    'noun',
    0.85,
    'aid|humanitarian aid|relief|aid convoy|relief supplies|food aid|donation|donations|relief convoy|humanitarian convoy|aid trucks|aid shipment|aid flight',
  ],
  // A bare convoy may be military or the target of an attack ("attacked a convoy of tankers").
  ['humanitarian', 'noun', 0.75, 'convoy of ~ trucks|trucks of ~ aid'],
  // Trucks carrying trade goods are commerce, not relief: "hundreds of trucks carrying fruit, vegetables and coal
  // stranded at the crossing".
  [
    'humanitarian',
    'noun',
    0.75,
    'convoy ~ carrying|convoys ~ carrying|trucks carrying',
    { notBefore: ['fruit', 'fruits', 'vegetables', 'goods', 'coal', 'cement', 'merchandise', 'produce', 'passengers'] },
  ],
  [
    'economic',
    'noun',
    0.7,
    'loan|financial aid|financial assistance|economic aid|grant|grants|billion deposit|million deposit|food baskets|food distributions|aid distributions',
  ],
  [
    'humanitarian',
    'verb',
    0.75,
    'resumed ~ distributions|resumed ~ food|donated|delivered ~ aid|sent ~ aid|airdropped|provided ~ aid|delivered ~ supplies|sent ~ trucks|shipped ~ aid|allocated ~ million|announced ~ aid|announced ~ grant|delivered ~ food|distributed ~ food|distributed ~ aid|delivered ~ medical',
  ],
  // Relief handed out, named by what was handed out rather than by "aid" or "food": "distributed hot meals to 3,000
  // displaced people", "soldiers distributed tents, blankets and food", "delivered 3,000 shelter kits", "delivered
  // water-trucking and hygiene kits", "distributed food rations".
  [
    'humanitarian',
    'verb',
    0.75,
    'distributed ~ meals|distributes ~ meals|distributed ~ kits|distributes ~ kits|delivered ~ kits|delivers ~ kits|distributed ~ tents|distributed ~ blankets|distributed ~ rations|delivered ~ rations|distributed ~ parcels|delivered ~ parcels|distributed ~ water|delivered ~ water|distributed ~ cash|distributed ~ shelter|delivered ~ shelter',
  ],
  ['military', 'noun', 0.75, 'arms deal|military aid|weapons shipment|arms supplies'],
  [
    'military',
    'verb',
    0.75,
    'delivered ~ weapons|delivered ~ ammunition|delivered ~ arms|flew ~ weapons|supplied ~ weapons|shipped ~ weapons',
  ],
]);
const EN_SANCTION_BASE = triggers('SANCTION', [
  ['sanction', 'noun', 0.9, 'sanctions|embargo'],
  ['sanction', 'verb', 0.85, 'imposed ~ sanctions|sanctioned|slapped ~ sanctions|blacklisted'],
  ['freeze', 'verb', 0.8, 'froze|frozen|freezes'],
  [
    'suspend',
    'verb',
    0.85,
    'suspended funding|suspending funding|suspends funding|cut funding|halted funding|froze funding|suspended ~ aid|halted ~ aid|cut off aid|suspended ~ cooperation|suspended ~ partnership|suspends ~ partnership|suspended ~ trade|suspends ~ trade|suspended all trade|halted ~ trade',
  ],
  [
    'expel',
    'verb',
    0.85,
    'expelled ~ ambassador|expelled ~ diplomats|expelled ~ diplomat|ordered ~ ambassador|ordered ~ diplomats|ordered ~ diplomat|recalled ~ ambassador|ordered ~ ambassador ~ to leave|declared ~ persona non grata|closed ~ embassy',
  ],
  // An expulsion of envoys ordered or announced by its noun: "ordered the expulsion of diplomatic staff from seven
  // countries". The bare noun ("condemned the expulsions") only points back to it.
  [
    'expel',
    'verb',
    0.85,
    ['ordered', 'orders', 'announced', 'announces', 'decreed']
      .flatMap((v) =>
        ['diplomats', 'diplomat', 'staff', 'ambassador', 'ambassadors', 'envoy', 'envoys'].map(
          (o) => `${v} the expulsion of ~ ${o}`,
        ),
      )
      .join('|'),
  ],
  [
    'break',
    'verb',
    0.9,
    'suspended ~ talks|suspending ~ talks|suspended ~ contacts|suspending ~ contacts|broke off talks|cut ties|severed ties|broke off relations|severed diplomatic relations|suspended membership|suspended aid',
  ],
]);

// Each type's base list joined by its wire wordings (wire-verbal.patterns.ts).
export const EN_AGREE = [...EN_AGREE_BASE, ...EN_AGREE_WIRE];
export const EN_CONCEDE = [...EN_CONCEDE_BASE, ...EN_CONCEDE_WIRE, ...EN_CONCEDE_EASING, ...EN_CONCEDE_YIELD];
export const EN_COOPERATE = [...EN_COOPERATE_BASE, ...EN_COOPERATE_JOINT];
export const EN_CONSULT = [...EN_CONSULT_BASE, ...EN_CONSULT_WIRE, ...EN_CONSULT_TALKS];
export const EN_AID = [...EN_AID_BASE, ...EN_AID_WIRE, ...EN_AID_GIVEN];
export const EN_SANCTION = [...EN_SANCTION_BASE, ...EN_SANCTION_WIRE, ...EN_SANCTION_PENALTIES];
