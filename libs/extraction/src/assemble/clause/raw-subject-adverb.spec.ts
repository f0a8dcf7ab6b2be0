// An adverb between an English text subject and its verb ("The foreign ministry strongly condemned") is skipped, so
// the subject is still read (raw-subject.data.ts, EN_SKIP); a noun in -ly (Assembly) stays the head.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('English text subjects before an adverb', () => {
  it.each([
    ['The foreign ministry strongly condemned the attack.', 'ACCUSE', 'foreign ministry'],
    ['The army quickly denied the report.', 'REJECT', 'army'],
    ['The ministry repeatedly accused the Taliban of sheltering militants.', 'ACCUSE', 'ministry'],
    ['The National Assembly strongly condemned the attack.', 'ACCUSE', 'National Assembly'],
    ["The miners' confederation threatened to resume road blockades.", 'THREATEN', "miners' confederation"],
    ['The union is demanding that the government release the funds.', 'REQUEST', 'union'],
    ['The ombudsman called for a swift and impartial investigation.', 'REQUEST', 'ombudsman'],
  ])('%s', (body, type, actor) => {
    expect(actorsOf(body, type)).toContain(actor);
  });
});
