// A pair subject ("the two sides", "officials from both countries") after a meeting is done by the meeting's
// parties: the state of its doer, or of the first party its sentence names (meeting-parties.ts).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('lendMeetingParties', () => {
  it('officials from the two countries act for the host state, not the host in person', () => {
    const body =
      'Crown Prince Mohammed bin Salman received Pakistani Prime Minister Shehbaz Sharif in Riyadh on Monday. ' +
      'After the talks, officials from the two countries signed five agreements on energy and trade.';
    expect(actorsOf(body, 'AGREE')).toContain('Saudi Arabia');
  });

  it('a meeting doer of no known country lends the first country its sentence names', () => {
    const body =
      "Egypt's Foreign Minister Badr Abdelatty and Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman held talks in Cairo on Sunday. " +
      'The two sides agreed to host a donors conference next month.';
    expect(actorsOf(body, 'AGREE')).toContain('Egypt');
  });

  it('a named subject keeps its own actor', () => {
    const body =
      'Crown Prince Mohammed bin Salman received Pakistani Prime Minister Shehbaz Sharif in Riyadh on Monday. ' +
      'Sharif signed five agreements on energy and trade.';
    expect(actorsOf(body, 'AGREE')).not.toContain('Saudi Arabia');
  });
});
