// GeoNames alternate names that, in Arabic news, name something else: the key is dropped from that one place (its
// other names stay). الجزيرة is Algiers' etymology ("the islands") but in the news the Arabian Peninsula, Al Jazeera,
// the Saudi daily al-Jazirah, or Iraq's and Syria's Jazira: "منطقة الجزيرة" west of Ramadi was read as Algiers.
// بن is the "son of" of every Arab name (محمد بن سلمان, مطار بن غوريون), not Baneh (Iran) or Bonn (بون in the news).
// In English news Orano is the French nuclear fuel company (Niger's uranium mines), not Oran's Italian name, and
// Salam a family name (Lebanon's prime minister Nawaf Salam), not Saham in Oman.
// Keys are normalizeKey forms; values are GeoNames ids.
export const MISLEADING_ALIASES: ReadonlyMap<string, readonly number[]> = new Map([
  ['الجزيره', [2507480]],
  ['بن', [141584, 2946447]],
  ['orano', [2485926]],
  ['salam', [286647]],
]);
