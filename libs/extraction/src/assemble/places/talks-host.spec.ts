// Talks a named official hosts were held in the host's capital when the article names it (talks-host.ts).
import { placed } from './placed-events.fixture';

describe('English talks hosted by a named host', () => {
  it("places talks hosted by a country's minister in that country's capital", () => {
    const body =
      'CAIRO (Reuters) - Iran and the U.N. nuclear watchdog agreed on Tuesday on a new framework for inspections. ' +
      'Iranian Foreign Minister Abbas Araqchi and IAEA chief Rafael Grossi signed the document after talks hosted by ' +
      'Egyptian Foreign Minister Badr Abdelatty.';
    expect(placed(body, 'CONSULT')).toContainEqual({ place: 'Cairo', rule: 'host of the talks' });
  });
  it('leaves the host capital alone when the article never names it', () => {
    const body =
      'Iranian Foreign Minister Abbas Araqchi and IAEA chief Rafael Grossi signed the document after talks hosted by ' +
      'Egyptian Foreign Minister Badr Abdelatty.';
    expect(placed(body, 'CONSULT').map((p) => p.place)).not.toContain('Cairo');
  });
});
