// Time zones: "اعتباراً من الساعة (11:59) مساءً بتوقيت اليمن", "عند الساعة العاشرة بتوقيت مكة المكرمة", "الثالثة
// عصرًا بتوقيت غرينيتش". The country or city after توقيت names whose clock tells the hour, not where the happening
// took place nor a party to it: a truce told "by Yemen time" would otherwise take Yemen as its target, and a match
// or a broadcast timed "by Mecca time" would be placed in Mecca.

/** توقيت with its clitics (بتوقيت، وبتوقيت، بالتوقيت، حسب توقيت) and the word after it, where a zone's name starts. */
const ZONE = /(?<![\u0621-\u065f])(?:و?ب)?(?:ال)?توقيت[ \t\u00a0]+[\u0621-\u065f]+/g;

/** Character spans [start, stop) of the text's time-zone phrases, in text order: a name overlapping one is set aside. */
export function timeZones(text: string): { start: number; stop: number }[] {
  if (!text.includes('توقيت')) return [];
  return [...text.matchAll(ZONE)].map((m) => ({ start: m.index ?? 0, stop: (m.index ?? 0) + m[0].length }));
}
