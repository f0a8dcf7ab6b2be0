// English triggers of verbal and cooperative events: REQUEST … SANCTION.
import { triggers } from '../trigger.types';

export const EN_REQUEST = triggers('REQUEST', [
  ['demand', 'verb', 0.85, 'demanded|demands|demanding|demand'],
  [
    'call',
    'verb',
    0.8,
    'called for|calls for|calling for|called on|calls on|urged|urges|urging|appealed|appeals for|appealed for|asked for|requested|pleaded',
  ],
  ['call', 'noun', 0.6, 'appeal|request for|call for'],
]);
export const EN_ACCUSE = triggers('ACCUSE', [
  ['accuse', 'verb', 0.85, 'accused|accuses|accusing|blamed|blames|blaming|charged|alleged'],
  ['accuse', 'noun', 0.7, 'accusation|accusations|allegations'],
  ['condemn', 'verb', 0.85, 'condemned|condemns|condemning|denounced|denounces|deplored|slammed|decried'],
  ['condemn', 'noun', 0.75, 'condemnation'],
  ['criticize', 'verb', 0.7, 'criticized|criticised|criticizes|criticises'],
  [
    'investigate',
    'noun',
    0.65,
    'investigation into|probe into|launched an investigation|opened an investigation|inquiry into',
  ],
]);
export const EN_REJECT = triggers('REJECT', [
  ['deny', 'verb', 0.85, 'denied|denies|denying|dismissed|refuted'],
  ['refuse', 'verb', 0.8, 'rejected|rejects|rejecting|refused|refuses|refusing|turned down'],
  ['refuse', 'noun', 0.65, 'rejection|refusal|denial'],
  ['veto', 'verb', 0.9, 'vetoed|veto'],
]);
export const EN_THREATEN = triggers('THREATEN', [
  ['threaten', 'verb', 0.85, 'threatened|threatens|threatening|vowed to|vows to'],
  ['threaten', 'noun', 0.7, 'threat|threats|ultimatum'],
  ['warn', 'verb', 0.55, 'warned|warns|warning'],
]);
export const EN_AGREE = triggers('AGREE', [
  ['agree', 'verb', 0.8, 'agreed|agrees|agreed to|reached an agreement|reached a deal|struck a deal|clinched'],
  ['sign', 'verb', 0.85, 'signed|signs|signing'],
  ['sign', 'noun', 0.75, 'memorandum of understanding|accord|peace deal'],
]);
export const EN_CONSULT = triggers('CONSULT', [
  ['meet', 'verb', 0.8, 'met|meets|meeting with|met with|held talks|hold talks|discussed|hosted|conferred'],
  ['meet', 'noun', 0.75, 'talks|meeting|summit|negotiations|consultations'],
  ['visit', 'verb', 0.75, 'visited|visits|arrived in'],
  ['visit', 'noun', 0.75, 'visit|visit to|state visit'],
  ['phone', 'noun', 0.85, 'phone call|telephone call|phone conversation|spoke by phone|telephoned'],
]);
export const EN_SUPPORT = triggers('SUPPORT', [
  [
    'praise',
    'verb',
    0.8,
    'welcomed|welcomes|praised|praises|hailed|lauded|commended|endorsed|endorses|backed|congratulated',
  ],
  ['solidarity', 'noun', 0.7, 'expressed support|expressed solidarity|solidarity with|support for'],
]);
export const EN_CONCEDE = triggers('CONCEDE', [
  ['apologize', 'verb', 0.85, 'apologized|apologised|apologizes'],
  ['apologize', 'noun', 0.75, 'apology'],
  ['concede', 'verb', 0.7, 'conceded|eased|lifted the ban|lifted sanctions|lifted the siege|pardoned|compensated'],
  ['concede', 'noun', 0.65, 'concession|concessions|amnesty|pardon'],
]);
export const EN_COOPERATE = triggers('COOPERATE', [
  [
    'cooperate',
    'noun',
    0.55,
    'cooperation|co-operation|coordination|joint operation|joint operations|joint patrols|intelligence sharing',
  ],
  ['cooperate', 'verb', 0.6, 'cooperated|cooperate|coordinated|coordinating'],
  ['extradite', 'verb', 0.8, 'extradited|extradition'],
]);
export const EN_AID = triggers('AID', [
  [
    'humanitarian',
    'noun',
    0.85,
    'aid|humanitarian aid|relief|aid convoy|convoy|convoys|relief supplies|food aid|donation|donations',
  ],
  ['economic', 'noun', 0.7, 'loan|financial aid|financial assistance|economic aid'],
  ['humanitarian', 'verb', 0.75, 'donated|delivered aid|sent aid|airdropped'],
  ['military', 'noun', 0.75, 'arms deal|military aid|weapons shipment|arms supplies'],
]);
export const EN_SANCTION = triggers('SANCTION', [
  ['sanction', 'noun', 0.9, 'sanctions|embargo'],
  ['sanction', 'verb', 0.85, 'imposed sanctions|sanctioned|slapped sanctions'],
  ['freeze', 'verb', 0.8, 'froze|frozen|freezes'],
  [
    'expel',
    'verb',
    0.85,
    'expelled the ambassador|expelled diplomats|recalled its ambassador|summoned the ambassador|recalled ambassador',
  ],
  [
    'break',
    'verb',
    0.9,
    'cut ties|severed ties|broke off relations|severed diplomatic relations|suspended membership|suspended aid',
  ],
]);
