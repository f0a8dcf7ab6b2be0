// "X, a figure at odds with the government, said she would not step down": the he/she after "said" is the speaker
// (english-reported-self.ts: speakerSpeakingOfSelf), not the nearer mention inside the apposition.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('speakerSpeakingOfSelf', () => {
  it('reads the speaker as the subject of "said she would not step down", not the government in the apposition', () => {
    expect(
      actorsOf(
        'Georgian police broke up a march in Batumi on Friday. President Salome Zourabichvili, a critic at odds with the government, said she would not step down.',
        'REJECT',
      ),
    ).toEqual(['Salome Zourabichvili']);
  });

  it('leaves "It said he ..." to other rules: the speaker is no person', () => {
    expect(actorsOf('The ministry said he would not step down.', 'REJECT')).not.toContain('Salome Zourabichvili');
  });
});
