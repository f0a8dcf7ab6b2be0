// English phrases that date a sentence relative to the article's own news day ("earlier in the day", "later that
// day", "the same day", "hours earlier") without naming a weekday: the sentence reports a dated happening of the
// story, as much as one saying "on Tuesday", so the confidence model's `dated` cue should see it too.
const SAME_DAY = [
  /\b(?:earlier|later) (?:in the|that|the same) (?:day|morning|afternoon|evening|night)\b/i,
  /\b(?:on )?the same (?:day|morning|afternoon|evening|night)\b/i,
  /\bhours (?:earlier|later)\b/i,
];

/** True when an English sentence is dated relative to the story's day by one of the phrases above. */
export function hasSameDayCue(sentence: string): boolean {
  return SAME_DAY.some((re) => re.test(sentence));
}
