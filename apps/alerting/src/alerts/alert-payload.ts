/** The JSON body a subscriber receives for one alert (versioned by `type`). */
import type { ExtractedEventMessage } from '@marsad/contracts';
import type { MatchedRule } from '@marsad/rules';

export interface AlertPayload {
  type: 'alert.created';
  version: 1;
  rule: { id: string; name: string };
  event: ExtractedEventMessage['event'];
  article: { id: string; url: string | null };
  source_id: string | null;
}

export function buildAlertPayload(message: ExtractedEventMessage, matched: MatchedRule): AlertPayload {
  return {
    type: 'alert.created',
    version: 1,
    rule: { id: matched.ruleId, name: matched.rule.name },
    event: message.event,
    article: { id: message.event.articleId, url: message.articleUrl },
    source_id: message.sourceId,
  };
}
