// "The Lebanese army said it had dismantled a launch pad near Marjayoun and arrested two people": a verb joined by
// "and" to the verb of the speaker's "it" is still the speaker's own act (self-report.ts).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('a speaker reporting two joined acts of its own', () => {
  it('credits the second verb to the speaker', () => {
    const body = 'The Lebanese army said it had dismantled a rocket launch pad near Marjayoun and arrested two people.';
    expect(actorsOf(body, 'COERCE')).toEqual(['Lebanon military']);
  });
  it('leaves a second clause with its own subject to that subject', () => {
    const body = 'The army said it had dismantled a launch pad near Marjayoun and that militants had attacked a post.';
    expect(actorsOf(body, 'ASSAULT')).not.toContain('Lebanon military');
  });
});
