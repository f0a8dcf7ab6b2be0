// The compass words place readers share: "جنوب X", "شمالي مأرب", "south of Hebron". Each reader spreads them into its
// own list with the links and nouns it needs around them.
export const AR_COMPASS_WORDS = ['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي'] as const;
export const EN_COMPASS_WORDS = [
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
] as const;
