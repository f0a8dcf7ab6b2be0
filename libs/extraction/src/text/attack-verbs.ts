// English verbs of attack whose object is what they struck ("pounded Ukraine's grid", "missiles struck Kyiv",
// "Russia attacked Lviv"): shared by the place reading of a struck country or capital (assemble/map-spans.ts) and
// the place cue of a city acted on (gazetteer/place-acceptance.ts), which adds verbs of taking and visiting.
export const EN_ATTACK_VERBS: readonly string[] = [
  'struck',
  'strikes',
  'hit',
  'hits',
  'pounded',
  'pounds',
  'shelled',
  'shells',
  'bombed',
  'bombs',
  'attacked',
  'attacks',
  'targeted',
  'targets',
];
