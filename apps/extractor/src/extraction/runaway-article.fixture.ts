import type { ExtractInput } from '@marsad/extraction';

/**
 * Test material shared by the worker specs. A plain article reads in tens of milliseconds, hundreds on a cold worker
 * of a loaded CI machine; the runaway article, an unpunctuated run of attacks and places, takes many seconds (about
 * 15 s on an idle machine of this kind). A budget between the two stops the one and never the other.
 */
export const TEST_BUDGET_MS = 2_000;

export const runawayArticle: ExtractInput = {
  id: 'hostile',
  body: 'قصفت الطائرات مدينة حلب وقتل خمسة مدنيين في إدلب وحماة '.repeat(40_000),
  language: 'ar',
};
