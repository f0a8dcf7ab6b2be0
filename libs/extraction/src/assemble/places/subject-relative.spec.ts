// A place in a ", which … ," clause describing the subject is not the scene of the subject's act (subject-relative.ts).
import { placed } from './placed-events.fixture';

describe('places in a relative clause about the subject', () => {
  it('are not the scene of the act its verb reports', () => {
    const body =
      'Gunmen stormed the town of Mirebalais on Monday. The gang alliance, which controls most of Port-au-Prince, ' +
      'claimed the raid in a video. At least seven people were killed.';
    const places = placed(body, 'ASSAULT').map((p) => p.place);
    expect(places).not.toContain('Port-au-Prince');
    expect(places).toContain('Mirebalais');
  });

  it('stay the scene when the clause itself tells the act', () => {
    const body = 'The army, which said rebels had attacked Goma on Sunday, gave no toll.';
    expect(placed(body, 'ASSAULT').map((p) => p.place)).toContain('Goma');
  });
});
