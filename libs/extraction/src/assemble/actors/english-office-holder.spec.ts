// "The U.N. special envoy for Yemen met …": the state after "for"/"on"/"to" that follows an office noun is the
// office's remit; the body named before the office acts (english-office-holder.ts).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('officeRemit', () => {
  it("an organisation's envoy on a country acts for the organisation, not the country", () => {
    expect(
      actorsOf("ASEAN's special envoy on Laos met the Lao prime minister in Vientiane on Friday.", 'CONSULT'),
    ).toEqual(['ASEAN']);
  });

  it('the full name of the organisation with a plural possessive counts too', () => {
    expect(
      actorsOf(
        "The Association of Southeast Asian Nations' special envoy on Laos met the Lao prime minister on Friday.",
        'CONSULT',
      ),
    ).toEqual(['ASEAN']);
  });

  it("an initialism before the office names the envoy's body", () => {
    expect(
      actorsOf('The U.N. humanitarian coordinator for Chad called for an inquiry into the shelling.', 'REQUEST'),
    ).toEqual(['United Nations']);
  });

  it('an ambassador to a capital speaks for the state that sent him', () => {
    expect(
      actorsOf('U.S. Ambassador to Caracas John Doe condemned the arrests in a post on Monday.', 'ACCUSE'),
    ).toEqual(['United States']);
  });

  it('a state that is the subject itself still acts', () => {
    expect(actorsOf("Egypt met Sudan's envoy in Cairo on Monday.", 'CONSULT')).toEqual(['Egypt']);
  });
});
