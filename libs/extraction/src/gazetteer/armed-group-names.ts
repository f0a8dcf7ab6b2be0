// "the Radaa armed group", "the Radaa Deterrence Force", "the Radaa (Deterrence) force": an English name heading the
// noun of an armed group names that group. Once a text uses a name so, its bare mentions ("blamed Radaa for the
// fighting", "Radaa rejected the accusation") are the group too: a story does not switch to a namesake town.

/** Nouns of an armed group after its name, maybe behind a glossed name in brackets ("Radaa (Deterrence) force") or
 * one or two capitalised words of the group's own name ("Radaa Deterrence Force"). */
const GROUP_NOUN = String.raw`\s+(?:\([^)]{1,24}\)\s+|(?:\p{Lu}\p{Ll}+\s+){1,2})?(?:armed groups?|militias?|militiamen|[Ff]orces?|[Bb]rigades?|group)\b`;
const GROUP_AFTER = new RegExp('^' + GROUP_NOUN, 'u');

/** The text right after a name heads an armed group's noun. */
export function headsGroup(after: string): boolean {
  return GROUP_AFTER.test(after);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Somewhere in the text the name heads an armed group's noun. */
export function namesGroupInText(text: string, name: string): boolean {
  if (!name.trim()) return false;
  return new RegExp(String.raw`(?<![\p{L}\p{N}])` + escape(name) + GROUP_NOUN, 'u').test(text);
}
