// "تعرضت دورية … بمنطقة جازان لمقذوف عسكري من داخل الأراضي اليمنية": fire from across the border falls where it lands.
import { tokenize } from '../../text/tokenize';
import { findPlaces } from '../../gazetteer';
import { mapMentions } from '../map-spans';
import { isFireOrigin } from './fire-origin';
import { draftPlaces } from './placed-events.fixture';

const origins = (text: string) => {
  const tokens = tokenize(text);
  const { places } = mapMentions(tokens, findPlaces(text, { language: 'ar' }), [], 0, text);
  return places.filter((p) => isFireOrigin(tokens, p, 0)).map((p) => p.value.name);
};

describe('fire origins', () => {
  it('reads the territory fire came from as an origin', () => {
    expect(origins('تعرض مركز بمنطقة جازان لقذائف من داخل الأراضي اليمنية')).toEqual(['Yemen']);
    expect(origins('سقطت قذائف أطلقت من الأراضي السورية على بلدة تركية')).toEqual(['Syria']);
  });
  it('leaves a place the attack is in, or a territory the attack is on, as a scene', () => {
    expect(origins('قصفت الطائرات مواقع داخل الأراضي اليمنية')).toEqual([]);
    expect(origins('شنت المقاتلات غارات على الأراضي السورية')).toEqual([]);
  });
  it('places a shelling from across the border where it landed', () => {
    const text =
      'تعرضت دورية مساندة من قوة المجاهدين بمنطقة جازان لمقذوف عسكري من داخل الأراضي اليمنية، مما نتج عنه استشهاد أحد أفرادها.';
    expect(draftPlaces(text, 'ar', 'ASSAULT')).not.toContain('Yemen');
  });
});
