// Stop-word profiles: the commonest function words of each language, enough to tell apart languages that share
// a script (Arabic/Persian/Urdu; English/French/Spanish/German/Turkish/Italian/Portuguese/Indonesian).
export const ARABIC_SCRIPT_PROFILES: Record<string, string[]> = {
  ar: ['في', 'من', 'على', 'إلى', 'الى', 'أن', 'ان', 'التي', 'الذي', 'عن', 'مع', 'هذا', 'هذه', 'كان', 'قال', 'بين', 'بعد', 'وقد', 'لم', 'أو'],
  fa: ['از', 'به', 'این', 'است', 'که', 'را', 'با', 'های', 'برای', 'آن', 'یک', 'شد', 'می', 'نیز', 'کرد', 'بود', 'ما', 'تا'],
  ur: ['کے', 'کی', 'میں', 'ہے', 'کو', 'سے', 'اور', 'نے', 'کہ', 'پر', 'ہیں', 'یہ', 'کا', 'بھی', 'تھا', 'گیا'],
};
export const LATIN_PROFILES: Record<string, string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'was', 'for', 'on', 'with', 'said', 'by', 'at', 'from', 'it', 'are', 'were', 'have', 'has'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'en', 'un', 'une', 'du', 'est', 'que', 'dans', 'pour', 'qui', 'sur', 'au', 'pas', 'avec', 'ont'],
  es: ['el', 'la', 'los', 'las', 'de', 'y', 'en', 'que', 'del', 'un', 'una', 'por', 'con', 'para', 'se', 'su', 'al', 'es', 'fue', 'como'],
  de: ['der', 'die', 'das', 'und', 'in', 'den', 'von', 'zu', 'mit', 'ist', 'des', 'sich', 'nicht', 'auf', 'ein', 'eine', 'dem', 'im', 'wurde', 'auch'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'olan', 'daha', 'çok', 'ancak', 'gibi', 'kadar', 'sonra', 'en', 'ise', 'değil'],
  it: ['il', 'di', 'che', 'la', 'e', 'un', 'per', 'non', 'una', 'del', 'della', 'sono', 'con', 'gli', 'alla', 'nel', 'ha', 'anche'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma', 'os', 'no', 'na', 'por', 'mais', 'foi', 'pelo'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke', 'karena', 'ada'],
};
