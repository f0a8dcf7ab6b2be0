// English wire wordings of material events that the base lists (material.patterns.ts) miss: the present and -ing
// inflections used in leads, phrasal verbs split by their object, and nominal or passive forms. Each list is spread
// into the base export of its type, so the lexicon sees one list per type.
import { triggers } from '../trigger.types';

export const EN_ASSAULT_WIRE = triggers('ASSAULT', [
  // Army communiqués (Turkey, the Sahel juntas, Israel) report fighters killed or captured in combat as "neutralised".
  [null, 'verb', 0.8, 'neutralised|neutralized|neutralises|neutralizes|neutralising|neutralizing'],
  // A vehicle as the weapon, a building burned: "a car rammed into the crowd", "the office was set ablaze".
  [null, 'verb', 0.75, 'rammed|ran over|mowed down|sideswiped'],
  // The same with the vehicle driven into people: "a car drove into a group of demonstrators", "a van ploughed into
  // the crowd" (people named: "drove into a ditch" is an accident).
  [
    null,
    'verb',
    0.75,
    'drove into ~ crowd|drove into ~ protesters|drove into ~ demonstrators|drove into ~ pedestrians|drove into ~ group of|ploughed into ~ crowd|ploughed into ~ protesters|ploughed into ~ demonstrators|plowed into ~ crowd|plowed into ~ protesters|plowed into ~ demonstrators',
  ],
  ['destroy', 'verb', 0.75, 'set ablaze|set alight'],
  ['firearms', 'noun', 0.8, 'warning shots'],
  // Present and -ing forms of the base verbs, as leads and participle clauses use them ("…, killing five").
  // Not the currency: "a package worth 1.5 billion pounds".
  ['heavy-weapons', 'verb', 0.9, 'pounds', { notAfter: ['million', 'billion', 'thousand', 'of', 'worth', 'bn', 'm'] }],
  ['armed-clash', 'verb', 0.85, 'clashing|clashes with'],
  ['explosives', 'verb', 0.85, 'explodes|detonates|detonating'],
  ['firearms', 'verb', 0.85, 'opens fire|opening fire|guns down|fires on|firing on|fires at|firing at'],
  [
    'heavy-weapons',
    'verb',
    0.85,
    'fires ~ rockets|fires ~ missiles|firing ~ rockets|firing ~ missiles|launches ~ missiles|launching ~ missiles',
  ],
  ['drone', 'verb', 0.85, 'launches ~ drones|launching ~ drones'],
  [null, 'verb', 0.75, 'storms|ambushes|ambushing|invades|invading', { notBefore: ['by'] }],
  // A projectile named with its launcher after "by": "intercepted a ballistic missile fired by the Houthis toward
  // Jazan" (the interceptor is not the attacker; the agent after "by" is).
  [
    'heavy-weapons',
    'noun',
    0.8,
    'missile fired by|missiles fired by|rocket fired by|rockets fired by|missile launched by|missiles launched by|rockets launched by|projectile fired by|projectiles fired by',
  ],
  ['drone', 'noun', 0.8, 'drone launched by|drones launched by|drone fired by|drones fired by'],
  // One projectile: "fired a ballistic missile at Jazan", "launched a rocket at the base".
  [
    'heavy-weapons',
    'verb',
    0.85,
    'fired ~ missile|fires ~ missile|firing ~ missile|launched ~ missile|launches ~ missile|fired ~ rocket|fires ~ rocket|launched ~ rocket',
  ],
  ['drone', 'verb', 0.85, 'fired ~ drone|launched ~ drone'],
  // The passive with its doer or weapon after "by" (the base verbs leave "by" out, for "hit by funding shortfalls"):
  // "the convoy was attacked by unidentified armed men", "a bulk carrier was struck by two projectiles", "the
  // building was hit by a ballistic missile". "hit" and "struck" only with a weapon named ("hit by the crisis").
  [null, 'passive', 0.8, 'attacked by|ambushed by|stormed by|raided by', { notAfter: ['not'] }],
  [
    null,
    'passive',
    0.8,
    'hit by ~ missile|hit by ~ missiles|hit by ~ rocket|hit by ~ rockets|hit by ~ drone|hit by ~ drones|hit by ~ projectile|hit by ~ projectiles|hit by ~ shell|hit by ~ shells|hit by ~ airstrike|hit by ~ airstrikes|struck by ~ missile|struck by ~ missiles|struck by ~ rocket|struck by ~ rockets|struck by ~ drone|struck by ~ drones|struck by ~ projectile|struck by ~ projectiles|struck by ~ shell|struck by ~ shells|struck by ~ airstrike|struck by ~ airstrikes',
  ],
  ['execute', 'verb', 0.9, 'executes|executing|beheads|beheading'],
  ['assassinate', 'verb', 0.9, 'assassinates'],
  ['abduct', 'verb', 0.85, 'abducts|abducting|kidnaps'],
  ['stabbing', 'verb', 0.85, 'stabs'],
  ['destroy', 'verb', 0.7, 'torching|torches'],
]);

export const EN_COERCE_WIRE = triggers('COERCE', [
  ['arrest', 'verb', 0.85, 'detain|round up|rounds up|rounding up|apprehends|apprehending'],
  // The phrasal verb split by its object: "took four suspected ISIS members into custody" reads from "took", so that
  // its subject, not the detainees named before "into custody", is the actor.
  ['arrest', 'verb', 0.85, 'took ~~ into custody|takes ~~ into custody|taking ~~ into custody'],
  // "Investors seized on the comments": the figurative sense takes "on".
  ['seize', 'verb', 0.8, 'seizes', { notBefore: ['on', 'upon'] }],
  // A curfew whose length is a compound ("a night-time curfew", "a 24-hour curfew", "a round-the-clock curfew"):
  // the hyphenated words overrun the short gap, and the verb carries the subject that imposed it.
  [
    'curfew',
    'verb',
    0.9,
    'imposed ~~ curfew|imposes ~~ curfew|declared ~~ curfew|declares ~~ curfew|announced ~~ curfew',
  ],
  // Closing a broadcaster: "suspended the French-language channel X for three months" (a long name in between).
  [
    'censor',
    'verb',
    0.75,
    'suspended ~~ channel|suspends ~~ channel|suspended ~~ broadcaster|suspends ~~ broadcaster|suspended ~~ newspaper|suspends ~~ newspaper|took ~ off air|taken off air|pulled ~ off air',
  ],
  // Cutting a region off the internet silences it as surely as closing a newspaper.
  [
    'censor',
    'verb',
    0.75,
    'cut ~ internet|cuts ~ internet|shut down ~ internet|shut ~ internet|suspended ~ internet|suspends ~ internet|blocked ~ internet|internet shutdown|internet blackout',
  ],
  ['deport', 'verb', 0.8, 'deport|deporting|expels|expelling'],
  ['crowd-control', 'verb', 0.8, 'disperses|dispersing'],
  ['sentence', 'verb', 0.75, 'sentences|jails'],
  ['confiscate', 'verb', 0.7, 'confiscates|confiscating|impounds|impounding'],
  ['ban', 'verb', 0.75, 'banning'],
  // A legislature's vote is the act itself: "parliament voted to ban the church".
  ['ban', 'verb', 0.75, 'voted to ban|votes to ban'],
  ['demolish', 'verb', 0.8, 'demolish|demolishes|demolishing|razes|razing|bulldozes|bulldozing'],
  // Closures ordered for security: "ordered the closure of all boarding schools", "ordered all border crossings closed".
  [
    'ban',
    'verb',
    0.75,
    'ordered the closure of|orders the closure of|ordered the closing of|ordered ~ shut|ordered ~ closed|ordered ~~ closed|ordered ~ sealed|sealed off ~ border',
  ],
  // The participle of "took over"/"took control": "troops had taken over a weapons depot near Tyre"; a post taken
  // over ("has taken over as president") is no seizure.
  [
    'seize',
    'verb',
    0.8,
    'taken over ~ depot|taken over ~ base|taken over ~ headquarters|taken over ~ positions|taken over ~ building|taken over ~ airport|taken over ~ town|taking control of|takes control of|took temporary control of',
  ],
]);

export const EN_RETREAT_WIRE = triggers('RETREAT', [
  // Bare "releases" is also water from a dam or a press release: only with the freed as object.
  ['release', 'verb', 0.85, 'frees|freeing|releasing ~ prisoners|releasing ~ hostages|releasing ~ detainees'],
  ['withdraw', 'verb', 0.85, 'pulls out|pulls back|retreats'],
  // Captives handed to the Red Cross are freed: "M23 rebels handed over 118 captured Congolese soldiers … to the
  // International Committee of the Red Cross"; a court's bail or order frees a detainee.
  [
    'release',
    'verb',
    0.85,
    'handed over ~~ to the international committee|handed over ~~ to the icrc|handed over ~~ to the red cross|handed over ~ captured|hands over ~ captured|granted bail to|grants bail to|granted ~ bail|ordered his release|ordered her release|ordered their release|ordered the release of|orders the release of',
  ],
  // The release noun with its time between it and the freed: "the release last week of 14 fishermen". The times are
  // spelled out: a free gap would take "a press release on behalf of the ministry".
  [
    'release',
    'noun',
    0.8,
    'release last week of|release last month of|release this week of|release earlier this week of|release earlier this month of|release overnight of|release yesterday of|release on monday of|release on tuesday of|release on wednesday of|release on thursday of|release on friday of|release on saturday of|release on sunday of',
  ],
  ['disarm', 'verb', 0.9, 'surrenders|surrendering'],
  [
    'disarm',
    'verb',
    0.85,
    'hand over ~ weapons|hands over ~ weapons|handed over ~ arms|laid down ~ weapons|lay down ~ arms',
  ],
  // The participle after the noun: "a unilateral ceasefire declared on Tuesday by the alliance".
  [
    'ceasefire',
    'verb',
    0.9,
    'ceasefire declared|truce declared|ceasefire announced|truce announced|declares ~ ceasefire|declaring ~ ceasefire|announces ~ ceasefire|announcing ~ ceasefire|declares ~ truce|announces ~ truce',
  ],
]);

/** Forces named by their body or their kind rather than as troops, soldiers or personnel (also in en/senses.ts, where
 * they keep "arrived in" from reading as a visit). */
export const ARRIVING_FORCES = [
  'contingent',
  'contingents',
  'guardsmen',
  'guard members',
  'paratroopers',
  'marines',
  'peacekeepers',
];

export const EN_MOBILIZE_WIRE = triggers('MOBILIZE', [
  // Forces arriving or entering somewhere is a deployment: "about 250 soldiers from Chad arrived at the airport",
  // "government forces entered the city". The gap takes "from Chad" or "and armour".
  [
    'troops',
    'verb',
    0.75,
    'troops ~ entered|troops ~ enter|forces ~ entered|forces ~ enter|soldiers ~ entered|troops ~ arrived|soldiers ~ arrived|forces ~ arrived|troops ~ landed|soldiers ~ landed|tanks rolled into|tanks entered',
  ],
  // The arriving force named with its origin or its escort: "250 troops from Guatemala and El Salvador landed at the
  // airport", "dozens of Africa Corps personnel, along with armoured vehicles, arrived in Sikasso".
  [
    'troops',
    'verb',
    0.75,
    'troops ~~ arrived|troops ~~ landed|soldiers ~~ arrived|soldiers ~~ landed|personnel ~~ arrived|personnel ~~ landed',
  ],
  // Other names of an arriving force: "the first contingents of 10,000 Mexican National Guard members arrived in
  // Ciudad Juarez", "a unit of paratroopers landed at the airport".
  ['troops', 'verb', 0.75, ARRIVING_FORCES.flatMap((f) => [`${f} ~~ arrived`, `${f} ~~ landed`]).join('|')],
  ['troops', 'verb', 0.85, 'deploy|sent in ~ troops|sent in the army|scrambles|scrambling'],
  [
    'troops',
    'verb',
    0.8,
    'stepped up ~ security|steps up ~ security|stepping up ~ security|tightens security|tightened ~ security|boosted security|ramped up security|increased security|reinforced ~ security|heightened ~ security',
  ],
  // More patrols are more forces on the ground: "KFOR said it had increased patrols in the north", "police stepped
  // up their patrols along the border".
  [
    'troops',
    'verb',
    0.8,
    'increased ~ patrols|increases ~ patrols|increasing ~ patrols|stepped up ~ patrols|steps up ~ patrols|stepping up ~ patrols|intensified ~ patrols|intensifies ~ patrols|intensifying ~ patrols|boosted ~ patrols|reinforced ~ patrols|ramped up ~ patrols',
  ],
  [
    'troops',
    'verb',
    0.85,
    'mobilizes|mobilises|mobilizing|mobilising|amassing|massing|reinforcing|reinforces|dispatches|dispatching',
  ],
  // A force sent with a long description before its noun ("was sending 600 additional National Guard troops"), and
  // sent in the passive ("5,000 additional soldiers were being sent to the Catatumbo region").
  [
    'troops',
    'verb',
    0.8,
    'send ~~ troops|send ~~ soldiers|send ~ reinforcements|sending ~~ troops|sends ~~ troops|sent ~~ troops|sending ~~ soldiers|sends ~~ soldiers|sent ~~ soldiers|sent ~~ police forces|sending ~~ police forces|sent ~~ armed police|sent ~~ personnel to|sending ~~ personnel to|sent ~~ reinforcements|troops were sent|soldiers were sent|troops were being sent|soldiers were being sent|troops are being sent|soldiers are being sent|troops have been sent|soldiers have been sent|troops had been sent|soldiers had been sent|reinforcements were sent|police were sent',
  ],
  // A deployment ordered or authorised, read as the verb's event rather than a bare noun: "ordered the immediate
  // deployment of additional army and police units to Kebbi State", "a gazette notice authorising the deployment of".
  [
    'troops',
    'verb',
    0.85,
    'ordered ~ deployment of|orders ~ deployment of|ordering ~ deployment of|authorised ~ deployment of|authorized ~ deployment of|authorising ~ deployment of|authorizing ~ deployment of|approved ~ deployment of|approves ~ deployment of',
  ],
  // Warships sailing in company are a naval exercise: "began a two-day joint sail", "held joint sailing drills".
  ['exercise', 'noun', 0.8, 'joint sail|joint sails|joint sailing'],
  ['alert', 'verb', 0.8, 'put ~ on ~ alert|placed ~ on ~ alert|put ~ on ~ readiness|placed ~ on ~ readiness'],
  // "raised its readiness posture", "heightened the combat readiness of its units".
  ['alert', 'verb', 0.8, 'raised ~ readiness|raises ~ readiness|heightened ~ readiness'],
  // A call-up of reserves in every inflection and as a noun: "was calling up several thousand reservists",
  // "announced the call-up of 5,000 reservists"; the gap takes the number.
  [
    'troops',
    'verb',
    0.85,
    'calls up ~ reservists|calling up ~ reservists|called up ~ reservists|call up ~ reservists|call up of ~ reservists|calls up ~ reserves|calling up ~ reserves|called up ~ reserves|mobilised ~ reservists|mobilized ~ reservists|mobilising ~ reservists|mobilizing ~ reservists',
  ],
]);

export const EN_PROTEST_WIRE = triggers('PROTEST', [
  ['demo', 'verb', 0.8, 'marching|rallying|demonstrating|gathered outside ~ to protest|staged ~ march'],
  // The passive of "held/staged a protest": "Protests were also held in Mombasa and Kisumu".
  [
    'demo',
    'verb',
    0.8,
    'protests were held|protests were also held|protest was held|rallies were held|rallies were also held|rally was held|demonstrations were held|demonstrations were also held|demonstration was held|protests were staged|rallies were staged|demonstrations were staged',
  ],
  // Bare "march" is mostly the month: only the compounds and a crowd's slogans.
  ['demo', 'noun', 0.8, 'day march|protest march|long march|chanting slogans|chanting ~ slogans'],
  ['demo', 'verb', 0.8, 'chanted slogans|chanted ~ slogans'],
  // Strikers named by their trade ("Thousands of striking teachers … occupied the Zócalo"), and a crowd occupying a
  // square or building in protest.
  [
    'strike',
    'noun',
    0.8,
    'striking teachers|striking doctors|striking nurses|striking miners|striking drivers|striking dockworkers|striking employees|striking students|striking farmers|striking truckers|striking civil servants',
  ],
  [
    'sit-in',
    'verb',
    0.75,
    'occupied ~~ plaza|occupied ~~ square|occupying ~~ plaza|occupying ~~ square|occupy ~ plaza|occupy ~ square|occupied the parliament|stormed parliament|stormed the parliament|occupied ~ university|occupied ~ campus',
  ],
]);
