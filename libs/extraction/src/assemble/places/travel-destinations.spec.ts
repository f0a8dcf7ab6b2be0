// The end of a journey away from the scene (a diversion, a flight abroad) is no setting for the next sentence.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, type: string): (string | undefined)[] =>
  ex
    .extract({ id: 't', language: 'en', body })
    .filter((e) => e.type === type)
    .map((e) => e.location?.name ?? e.location?.country ?? undefined);

describe('journey destinations', () => {
  it('does not hand the airport incoming flights were diverted to on to the next sentence', () => {
    const body =
      'Fighters clashed around the coastal road in Tripoli on Friday. ' +
      'The airport suspended all flights, and the civil aviation authority diverted incoming aircraft to Misrata. ' +
      'The interior ministry said the group had attacked a checkpoint.';
    expect(placesOf(body, 'ASSAULT')).not.toContain('Misrata');
  });

  it('does not hand the country a leader fled to on to the next sentence', () => {
    const body =
      'Protesters stormed the palace in Dhaka on Monday. ' +
      'The prime minister left by military helicopter for India. ' +
      'Police said a crowd had attacked a police station.';
    expect(placesOf(body, 'ASSAULT')).not.toContain('India');
  });

  it('still hands on a place the sentence tells of without a journey', () => {
    const body =
      'Gunmen stormed Dan Kurmi village in Maru on Sunday. ' +
      'Residents of the village in Maru said the gunmen came at night. ' +
      'A local vigilante leader said two residents were shot dead.';
    expect(placesOf(body, 'ASSAULT')).toContain('Maru');
  });

  it('does not place a march, nor the next sentence, where the marchers came from', () => {
    const body =
      'Tens of thousands of people rallied in Novi Sad on Saturday. ' +
      'Students marched into the city from Belgrade and other towns. ' +
      'Police said the driver had been arrested.';
    expect(placesOf(body, 'PROTEST')).not.toContain('Belgrade');
    expect(placesOf(body, 'COERCE')).toEqual(['Novi Sad']);
  });

  it('still places a withdrawal where the troops set out from', () => {
    const body = 'Russian troops withdrew from Kherson on Friday after marching from Crimea.';
    expect(placesOf(body, 'RETREAT')).toContain('Kherson');
  });

  it('does not hand on where people came from when the sentence tells of nothing else', () => {
    const body =
      'Tens of thousands of people rallied in Novi Sad on Saturday. ' +
      'Buses of supporters streamed into the city from Belgrade overnight. ' +
      'Police said the driver had been arrested.';
    expect(placesOf(body, 'COERCE')).not.toContain('Belgrade');
  });
});
