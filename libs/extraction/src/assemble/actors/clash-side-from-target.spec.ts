// A clash whose subject slot names no side (only its dead, who are the other side) takes the armed party named
// after it as its actor: either side of a clash is its actor.
import { RuleExtractor } from '../../extractor/rule-extractor';
import type { ActorLike } from '../assemble.types';
import { clashSideFromTarget } from './clash-sides';

const ex = new RuleExtractor({ minConfidence: 0 });
const clashOf = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' })
    .find((e) => e.type === 'ASSAULT' && e.mode === 'armed-clash');

const actor = (id: string, kind: string): ActorLike => ({ id, kind, name: id, country: null });

describe('clash side named after the clash', () => {
  it('takes the armed party named after an agentless clash', () => {
    const body =
      'سقط عشرات الحوثيين بين قتيل وجريح في المواجهات الدائرة في منطقة العند بمحافظة لحج وسط تقدم للمقاومة الشعبية.';
    expect(clashOf(body)?.actor?.name).toBe('Popular Resistance');
  });

  it('leaves civilians, named actors and other modes alone', () => {
    const base = {
      mode: 'armed-clash' as string | null,
      actor: null as ActorLike | null,
      actorSurface: null as string | null,
      targetSurface: null as string | null,
    };
    expect(clashSideFromTarget({ ...base, target: actor('civilians', 'civilians') })).toBe(false);
    expect(clashSideFromTarget({ ...base, mode: 'aerial', target: actor('group:houthis', 'rebels') })).toBe(false);
    const named = { ...base, actor: actor('group:isis', 'armed_group'), target: actor('group:houthis', 'rebels') };
    expect(clashSideFromTarget(named)).toBe(false);
    const moved = { ...base, target: actor('group:houthis', 'rebels') };
    expect(clashSideFromTarget(moved)).toBe(true);
    expect(moved.actor?.id).toBe('group:houthis');
    expect(moved.target).toBeNull();
  });
});
