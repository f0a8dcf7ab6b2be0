// The weekday names of Arabic and English news, Sunday first (index = Date.getUTCDay). One list for every reader that
// dates by a weekday or steps over one: the relative-date resolver, the weekday detector of pluperfect news, and the
// time-word sets of the actor, count and essay readers.
export const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const;
export const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
/** Arabic weekdays that are also other words: الأحد "the one", الاثنين "the two", الجمعة "the group", Friday prayer. */
export const AR_WEEKDAYS_ALSO_WORDS = ['الأحد', 'الاثنين', 'الجمعة'] as const;
