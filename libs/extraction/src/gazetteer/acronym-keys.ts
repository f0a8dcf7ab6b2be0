// Country and place acronyms accepted in capitals only (US, not "Us"): read by the matcher (match-places.ts).

export const ACRONYM_KEYS = new Set(['us', 'usa', 'uk', 'uae', 'ksa', 'drc', 'dprk', 'u s', 'u s a']);
