// Classes of PLOVER event types that assembly treats alike: material happenings (placed, sized, filtered for
// irrealis), verbal statements and venue events (meetings, deals) that happen somewhere.
export const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'PROTEST', 'AID']);
export const SIZED = new Set(['MOBILIZE', 'PROTEST', 'RETREAT']);
export const VERBAL = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'REQUEST', 'THREATEN']);
export const VENUE = new Set(['CONSULT', 'AGREE', 'CONCEDE', 'COOPERATE']);
