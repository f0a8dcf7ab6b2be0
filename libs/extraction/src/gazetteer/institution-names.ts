// "a hospital official at Madina Hospital" in Somali news: an English name heading a capitalised institution noun
// names that hospital, university or stadium; when it is also a town of a country the text never names (Medina in
// Saudi Arabia), it is no mention of that town. Where the town's country is named, "Kabul University" stays Kabul.

const INSTITUTION_AFTER = /^\s+(?:Hospitals?|Clinic|Medical|University|College|Mosque|Stadium|Hotel|Prison)\b/;

/** The text right after a name is a capitalised institution noun. */
export function headsInstitution(after: string): boolean {
  return INSTITUTION_AFTER.test(after);
}
