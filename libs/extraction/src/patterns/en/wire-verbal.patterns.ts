// English wire wordings of verbal and cooperative events that the base lists (verbal.patterns.ts) miss: other
// inflections, phrasal verbs split by their object ("broke off diplomatic relations"), nominal and participle forms.
// Each list is spread into the base export of its type.
import { triggers } from '../trigger.types';

/** Forms of summoning an envoy, shared by the consultation and the protest reading. */
const SUMMONED = ['summoned', 'summons'];
/** An envoy's summons as the consultation reads it ("summoned the French ambassador"). */
export const SUMMONS = [
  'summoned ~ ambassador',
  'summoned ~ envoy',
  'summoned ~ charge',
  'summoned ~ chargé',
  'summoned ~~ commissioner',
  'summoned ~ ambassadors',
  'summoned ~ envoys',
  'summons ~ ambassador',
];

export const EN_REQUEST_WIRE = triggers('REQUEST', [
  ['call', 'verb', 0.8, 'calling on|requesting|appealing for|appealing to|appeals to'],
  // The plain present, mostly first person in a quote: "We call on all parties to allow ...", "I urge the council".
  // Not after "to" ("decided to call on") or a negation, nor where "call" is a noun ("a phone call on Monday").
  [
    'call',
    'verb',
    0.8,
    'call on|urge',
    {
      notAfter: ['to', 'not', "n't", 'never', 'a', 'the', 'phone', 'telephone', 'video', 'his', 'her', 'their', 'its'],
    },
  ],
  // "requests" is as often the plural noun: "did not respond to requests for comment", "repeated requests".
  [
    'call',
    'verb',
    0.8,
    'requests',
    { notAfter: ['to', 'the', 'repeated', 'several', 'multiple', 'two', 'his', 'her', 'their', 'its', 'our', 'any'] },
  ],
  // "asked Tebboune to pardon the writer"; "who asked not to be named" and "asked to comment" ask nothing of anyone.
  [
    'call',
    'verb',
    0.75,
    'asked ~ to|asks ~ to|asking ~ to',
    { notBefore: ['be', 'remain', 'comment', 'respond', 'speak', 'identify', 'name', 'elaborate', 'confirm'] },
  ],
  // Asking someone for help: "asked the national government for urgent humanitarian aid".
  [
    'call',
    'verb',
    0.75,
    'asked ~~ for aid|asked ~~ for urgent|asks ~~ for urgent|asked ~~ for help|asked ~~ for assistance|asked ~~ for humanitarian|asks ~~ for aid|asks ~~ for help|asks ~~ for assistance|asked ~~ for support|asked ~~ for reinforcements',
  ],
  // A longer addressee: "had asked the United States and France, which oversee the ceasefire, to pressure Israel"
  // (en/senses.ts keeps out "asked about plans to", "asked whether it intended to").
  [
    'call',
    'verb',
    0.75,
    'asked ~~ to|asks ~~ to',
    { notBefore: ['be', 'remain', 'comment', 'respond', 'speak', 'identify', 'name', 'elaborate', 'confirm'] },
  ],
]);

export const EN_ACCUSE_WIRE = triggers('ACCUSE', [
  ['condemn', 'verb', 0.8, 'denouncing|decrying|deplores|deploring|slams|slamming|decries'],
  ['criticize', 'verb', 0.7, 'criticising|criticizing'],
  // Prosecutors charging someone is an accusation: "unsealed charges against two men", "indicted".
  [
    'accuse',
    'verb',
    0.8,
    'indicted|indicts|unsealed charges|unsealed ~ indictment|filed charges|brought charges|pressed charges|filed ~ charges|brought ~ charges',
  ],
  // A complaint lodged with a body that judges it: "Lebanon had lodged a complaint with the U.N. Security Council",
  // "filed a complaint with the International Criminal Court".
  [
    'accuse',
    'verb',
    0.8,
    'lodged ~ complaint|lodges ~ complaint|lodging ~ complaint|filed ~ complaint|files ~ complaint|filing ~ complaint|submitted ~ complaint|submits ~ complaint',
  ],
  // A diplomatic protest lodged with a government is an accusation, not a crowd: "Tokyo had lodged a protest with
  // Pyongyang through diplomatic channels", "lodged a strong protest".
  ['condemn', 'verb', 0.8, 'lodged ~ protest|lodges ~ protest|lodging ~ protest|lodged ~ protests'],
  // An envoy summoned to be handed a protest is the protest itself, which annotators code ACCUSE: "summoned Iran's
  // charge d'affaires in Baghdad to protest against the shelling", "was summoned and handed a formal protest".
  // The plain summons stays a consultation (EN_CONSULT_WIRE; en/senses.ts drops it when a protest follows).
  ['condemn', 'verb', 0.85, SUMMONED.map((w) => `${w} ~~~ protest`).join('|')],
  // The plain present, mostly first person in a quote: "I strongly condemn this attack", "we condemn". Not after
  // "to" ("called Modi to condemn", "refused to condemn") nor a negation.
  ['condemn', 'verb', 0.8, 'condemn', { notAfter: ['to', 'not', "n't", 'never'] }],
  // A condemnation worded as a description: "Hamas described the attack as a horrific massacre", "in what Amnesty
  // described as a further escalation" (the "called ~ a ~ massacre" forms of verbal.patterns.ts).
  [
    'condemn',
    'verb',
    0.8,
    'described ~ as a ~ massacre|described ~ as a ~ escalation|described ~ as an ~ escalation|described ~ as a ~ violation|described ~ as a ~ provocation|described ~ as a ~ crime|described ~ as an act of aggression',
  ],
  // An arrest or a raid named an assault on a freedom: "The union called the arrest \"an assault on press freedom\"",
  // "described the raid as an assault on democracy".
  ['condemn', 'verb', 0.75, 'called ~ an assault on|described ~ as an assault on'],
  // Charges announced for people in custody: "Attorney General Pam Bondi said they would face charges including drug
  // trafficking". ("were suspected of forming" is left out: train gold codes it for a prosecutor, not for an army
  // saying "the men were suspected of smuggling weapons".)
  ['accuse', 'verb', 0.75, 'would face charges|will face charges|would face ~ charges|will face ~ charges'],
]);

export const EN_REJECT_WIRE = triggers('REJECT', [
  ['deny', 'verb', 0.85, 'refutes|refuting'],
  [
    'deny',
    'verb',
    0.85,
    'dismisses ~ claims|dismisses ~ allegations|dismisses ~ reports|dismisses ~ accusations|dismisses ~ criticism|dismisses ~~ as|dismissing ~ claims|dismissing ~ allegations|dismissing ~ reports|dismissing ~ accusations|dismissing ~ as',
  ],
  // A claim called baseless is denied: "a hostile act based on fabricated accusations", "dismissed it as unfounded".
  [
    'deny',
    'noun',
    0.75,
    'fabricated accusations|baseless accusations|unfounded accusations|groundless accusations|fabricated allegations|baseless allegations|unfounded allegations|groundless allegations|fabricated claims|baseless claims|unfounded claims|as baseless|as unfounded|as groundless|as fabricated|as fabrications',
  ],
  // Refusing demands or proposals: "dismissed calls for it to step down", "would not accept any deal", "said the
  // government would not reverse the tariff", "said she would not step down".
  [
    'refuse',
    'verb',
    0.8,
    'dismissed ~ calls|dismisses ~ calls|dismissing ~ calls|dismissed ~ demands|dismisses ~ demands|would not accept|will not accept|does not accept|did not accept|refused to accept|refuses to accept|would not reverse|will not reverse|would not step down|will not step down|refused to step down|refuses to step down|rebuffed|rebuffs|does not subscribe to|did not subscribe to',
  ],
  // A state leaving a court or a treaty rejects it: "announced they were withdrawing from the International Criminal
  // Court", "its withdrawal from the Ottawa treaty" (not a retreat of forces).
  [
    'refuse',
    'verb',
    0.85,
    'withdraw from the international criminal court|withdraw from the icc|withdraw from the ~ treaty|withdraw from the ~ convention|withdraws from the international criminal court|withdraws from the icc|withdraws from the ~ treaty|withdraws from the ~ convention|withdrew from the international criminal court|withdrew from the icc|withdrew from the ~ treaty|withdrew from the ~ convention|withdrawing from the international criminal court|withdrawing from the icc|withdrawing from the ~ treaty|withdrawing from the ~ convention|withdrawal from the international criminal court|withdrawal from the icc|withdrawal from the ~ treaty|withdrawal from the ~ convention',
  ],
  // An armed group refusing to disarm: "said the group would not give up its arms north of the river".
  [
    'refuse',
    'verb',
    0.8,
    'would not give up ~ arms|will not give up ~ arms|would not give up ~ weapons|will not give up ~ weapons|would never give up ~ arms|will never give up ~ arms|would never give up ~ weapons|will never give up ~ weapons|would not disarm|will not disarm|would never disarm|will never disarm',
  ],
]);

export const EN_SANCTION_WIRE = triggers('SANCTION', [
  ['sanction', 'verb', 0.85, 'imposes ~ sanctions|imposing ~ sanctions|blacklists|blacklisting'],
  // "the European Union added six Iranian entities and four individuals to its sanctions list": the listed names
  // stand between the verb and the list, hence the long gap; the match reports the verb, whose subject sanctions.
  [
    'sanction',
    'verb',
    0.9,
    'added ~~ to ~ sanctions list|adds ~~ to ~ sanctions list|adding ~~ to ~ sanctions list|added ~~ to ~ blacklist|adds ~~ to ~ blacklist|placed ~~ on ~ sanctions list|places ~~ on ~ sanctions list|put ~~ on ~ sanctions list',
  ],
  // Diplomatic ruptures in all their forms: "broke off diplomatic relations", "cut diplomatic ties".
  [
    'break',
    'verb',
    0.9,
    'broke off ~ relations|breaks off ~ relations|break off ~ relations|breaking off ~ relations|broke off ~ ties|breaks off ~ ties|severed ~ ties|severs ~ ties|severing ~ ties|severed ~ relations|severs ~ relations|cut ~ ties|cuts ~ ties|cutting ~ ties|cut ~ relations|cuts ~ relations|downgraded ~ relations|downgraded ~ ties|break in relations|broke ~ relations|breaks ~ relations|suspended ~ relations|suspends ~ relations',
  ],
  // A paused dialogue: "announced he was suspending the latest round of contacts".
  [
    'break',
    'verb',
    0.85,
    'suspending ~ round of contacts|suspended ~ round of contacts|suspends ~ round of contacts|suspending ~ round of talks|suspended ~ round of talks|suspends ~ round of talks',
  ],
  [
    'expel',
    'verb',
    0.85,
    'expels ~ ambassador|expelling ~ ambassador|expels ~ diplomats|expelling ~ diplomats|recalls ~ ambassador|recalling ~ ambassador|recalled ~ envoy|withdrew ~ ambassador|orders ~ ambassador|gave ~ ambassador ~ to leave|given ~ ambassador ~ to leave',
  ],
  // An agency or donor stopping its work somewhere: "the U.N. said it was suspending all operations in Saada".
  [
    'suspend',
    'verb',
    0.75,
    'suspending all operations|suspended all operations|suspends all operations|suspending its operations|suspended its operations|suspends its operations|suspended ~ aid operations|suspending ~ aid operations',
  ],
  // The passive of the ultimatum: "the diplomat had been given 72 hours to leave the country".
  [
    'expel',
    'verb',
    0.85,
    'been given ~ hours to leave|was given ~ hours to leave|were given ~ hours to leave|given ~ days to leave',
  ],
  // Plural envoys recalled from several capitals at once: "recalled its ambassadors from the three countries".
  ['expel', 'verb', 0.85, 'recalled ~ ambassadors|recalls ~ ambassadors|recalling ~ ambassadors|recalled ~ envoys'],
  // The other inflections of "suspended ~ trade", and a treaty suspended or "held in abeyance": "suspending trade",
  // "would suspend all trade", "suspended a water-sharing treaty".
  [
    'suspend',
    'verb',
    0.85,
    'suspending ~ trade|suspend ~ trade|suspended ~ treaty|suspends ~ treaty|suspending ~ treaty|suspend ~ treaty|held in abeyance|hold ~ in abeyance|holds ~ in abeyance|holding ~ in abeyance',
  ],
  // A member state suspended from a bloc after a coup: "The African Union suspended Guinea from the bloc",
  // "ECOWAS suspended Niger from its decision-making bodies", "was suspended from the Commonwealth".
  [
    'suspend',
    'verb',
    0.85,
    'suspended ~ from the bloc|suspends ~ from the bloc|suspended ~ from the union|suspends ~ from the union|suspended ~ from ~ bodies|suspends ~ from ~ bodies|suspended ~ from the organisation|suspended ~ from the organization|suspended from the bloc|suspended from the union|suspended from the commonwealth|suspended from the african union|suspended ~ from the african union|suspended ~ from the commonwealth|suspended ~ from the league|suspended from the arab league|suspended ~ from the arab league|suspended ~ membership|suspends ~ membership|suspending ~ membership',
  ],
  // Ending a partnership is the rupture "suspended ~ cooperation" already reads: "ended military cooperation".
  ['break', 'verb', 0.8, 'ended ~ cooperation|ends ~ cooperation|ending ~ cooperation|terminated ~ cooperation'],
]);

export const EN_CONCEDE_WIRE = triggers('CONCEDE', [
  ['apologize', 'verb', 0.85, 'apologises|apologising|apologizing'],
  // "issued a royal decree pardoning 150 prisoners", "granted an amnesty to": the remaining inflections.
  ['concede', 'verb', 0.7, 'pardons|pardoning|granted ~ amnesty|grants ~ amnesty|granting ~ amnesty'],
  [
    'concede',
    'verb',
    0.7,
    'lifts ~ ban|lifts ~ restrictions|lifts ~ sanctions|eases ~ restrictions|easing ~ restrictions|relaxed ~ restrictions|relaxes ~ restrictions|backed down|backs down|backtracked|reversed course|reversed ~ decision|rescinded ~ decision|revoked ~ decision|withdrawal of ~ draft law|withdrawal of ~ bill',
  ],
  // Undoing one's own measure, admitting fault, easing a grievance: "reversed its ban", "acknowledged failures",
  // "extended the opening of the crossing", "announced a freeze on road tolls", "extended the suspension of arrest
  // warrants for 22 of the group's commanders" (so that they can negotiate), "easing a restriction".
  [
    'concede',
    'verb',
    0.7,
    'reversed ~ ban|reverses ~ ban|reversing ~ ban|overturned ~ ban|revoked ~ ban|rescinded ~ ban|acknowledged failures|acknowledged ~ failures|acknowledged ~ mistakes|admitted ~ failures|admitted ~ mistakes|extended the opening of|suspension of arrest warrants|suspension of ~ arrest warrants|suspended ~ arrest warrants|suspends ~ arrest warrants|easing ~ restriction|eased ~ restriction|eases ~ restriction|freeze on ~ tolls|freeze on ~ prices|freeze on fuel|cut fuel prices|lowered fuel prices|reduced fuel prices',
  ],
  // Compensation granted by a named giver, read from its verb so that the giver is the actor: "The labour ministry
  // also announced Tk 10 lakh in compensation for the family", "said the state would compensate families".
  [
    'concede',
    'verb',
    0.7,
    'announced ~~ compensation|announces ~~ compensation|promised ~ compensation|promises ~ compensation|pledged ~ compensation|pledges ~ compensation|offered ~ compensation|would compensate|will compensate',
  ],
  // A veto lifted after assurances ("lifted his weeks-long veto"): the gap takes a possessive and a hyphenated word.
  ['concede', 'verb', 0.75, 'lifted ~~ veto|lifts ~~ veto|dropped ~~ veto|drops ~~ veto|withdrew ~~ veto'],
  // Opening a closed border or airspace to the other side: "said it had opened its airspace to flights carrying aid".
  [
    'concede',
    'verb',
    0.7,
    'opened ~ airspace|opens ~ airspace|reopened ~ airspace|opened ~ crossing|opens ~ crossing|opened ~ crossings|opened ~ border|opens ~ border',
  ],
]);

export const EN_AGREE_WIRE = triggers('AGREE', [['sign', 'noun', 0.75, 'memorandums of understanding']]);

export const EN_CONSULT_WIRE = triggers('CONSULT', [
  [
    'phone',
    'noun',
    0.85,
    'phone calls|telephone calls|phone conversations|telephone conversation|telephone conversations|spoke by video|spoke over ~ hotline|spoke on ~ hotline|hotline conversation|hotline call|hotline talks|video call|video conference|videoconference',
  ],
  ['meet', 'verb', 0.8, 'holds talks|holds ~ talks|held ~ meetings with|holds ~ meetings with|meetings with'],
  // A summons of an envoy is a diplomatic consultation, usually to protest (the codebook accepts CONSULT, and the
  // train gold codes it CONSULT or CONSULT|ACCUSE): "summoned the French ambassador", "summoned India's deputy high
  // commissioner".
  ['summon', 'verb', 0.85, SUMMONS.join('|')],
]);

export const EN_AID_WIRE = triggers('AID', [
  // Medical evacuation by another state: "Turkey sent a military ambulance aircraft to Mogadishu to evacuate 12 of
  // the most seriously wounded".
  [
    'medical',
    'verb',
    0.75,
    'ambulance aircraft|ambulance plane|air ambulance|medical evacuation|evacuate ~ wounded|evacuated ~ wounded|evacuate ~~ wounded|evacuated ~~ wounded|field hospital',
  ],
  // Relief named by its staples, in every tense: "had delivered rice and cooking oil to 30,000 displaced people",
  // "had begun distributing hot meals", "was providing food, water, hygiene kits and onward transport".
  [
    'humanitarian',
    'verb',
    0.75,
    'delivered rice|delivers rice|delivering rice|distributed rice|distributing rice|delivered flour|delivering flour|distributed flour|distributing flour|delivered wheat|distributing ~ meals|distributing ~ food|distributing ~ kits|distributing ~ aid|distributing ~ tents|distributing ~ blankets|distributing ~ rations|distributing ~ parcels|delivering ~ food|delivering ~ supplies|delivering ~ kits|providing food|provided food|provides food|providing ~ food|provided ~ food|provides ~ food|providing shelter|provided shelter|providing ~ shelter|provided ~ shelter|providing drinking water|provided drinking water',
  ],
  // British wires say lorries: "a UN convoy of 15 lorries carrying food".
  [
    'humanitarian',
    'noun',
    0.75,
    'convoy of ~ lorries|lorries carrying|lorries of ~ aid|lorries loaded with|aid lorries',
  ],
  // Relief named by its cargo on a plane or ship: "an aircraft carrying 100 tonnes of medical supplies", "five
  // aircraft and two navy ships with relief supplies", "a shipment of 400 tonnes of flour".
  [
    'humanitarian',
    'noun',
    0.75,
    'tonnes of ~ supplies|tons of ~ supplies|tonnes of food|tons of food|tonnes of flour|tons of flour|tonnes of medicines|tons of medicines|tonnes of medical|tons of medical|tonnes of relief|tons of relief|with relief supplies|carrying relief|carrying medical supplies|carrying food',
  ],
  // A sum put in a country's central bank, the verb of the "billion deposit" noun (verbal.patterns.ts): "has
  // deposited $368 million in the central bank", "deposits $2 billion with the State Bank".
  [
    'economic',
    'verb',
    0.75,
    'deposited ~ million|deposited ~ billion|deposits ~ million|deposits ~ billion|depositing ~ million|depositing ~ billion',
  ],
  // A sum announced for a country: "announced 100 million euros in budget support", "announced a grant of $500 million".
  [
    'humanitarian',
    'verb',
    0.75,
    'announced ~ million|announced ~ billion|announces ~ million|announces ~ billion|announced ~ grant of|announces ~ grant of',
  ],
  // Weapons a state hands to another, named by the system: "Germany would deliver two more Patriot systems", "will
  // deliver two additional IRIS-T SLM air defense systems", "had just handed over a batch of missiles", "Berlin would
  // supply two more Patriot systems", "would deliver additional armed drones and armoured vehicles". Drones, missiles
  // and tanks only in the bare form a pledge takes ("would deliver", "will supply"): "Iran supplied drones to Russia"
  // is mostly an allegation, not a handover the article reports.
  [
    'military',
    'verb',
    0.75,
    'deliver ~~ systems|delivered ~~ systems|delivers ~~ systems|deliver ~~ air defence|deliver ~~ air defense|delivered ~~ air defence|delivered ~~ air defense|supplied ~~ systems|supplies ~~ systems|handed over ~~ missiles|handed over ~~ systems|supply ~~ systems|supply ~~ air defence|supply ~~ air defense|deliver ~~ drones|supply ~~ drones|deliver ~~ missiles|supply ~~ missiles|deliver ~~ tanks|supply ~~ tanks',
  ],
  [
    'humanitarian',
    'verb',
    0.75,
    'pledged ~~ systems|pledges ~~ systems|pledged ~~ air defence|pledged ~~ air defense|pledged ~~ euros|pledges ~~ euros|pledged ~~ dollars|pledged ~~ pounds|pledged ~ million|pledged ~ billion|pledges ~ million|pledges ~ billion|pledged ~ aid|pledges ~ aid|pledge of ~ million|pledge of ~ billion|sends ~ aid|sending ~ aid|delivers ~ aid|delivering ~ aid|provides ~ aid|providing ~ aid|donates|donating|airdrops|airdropping',
  ],
]);

export const EN_THREATEN_WIRE = triggers('THREATEN', [
  [
    'threaten',
    'verb',
    0.8,
    'vowing to|vow to|vowing revenge|promised to retaliate|pledged to retaliate|promised revenge|pledged revenge|pay a heavy price|pay a high price|not stand idly by|stand idly by',
  ],
]);
