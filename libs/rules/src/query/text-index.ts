// A searchable view of an event's text, built once per event and shared by every rule evaluated against it, so that
// thousands of keyword queries cost a few map lookups each instead of re-tokenizing the text.
import { foldTokens, tokenVariants } from './text-folding';

export class TextIndex {
  /** Variant -> positions of the tokens that produce it. */
  private readonly positionsByVariant = new Map<string, number[]>();
  /** Position -> that token's variants; undefined at the gaps between separate parts. */
  private readonly variantsAt: (readonly string[] | undefined)[] = [];

  /** Each part is indexed separately: a phrase never spans two parts (say, an actor name and the location). */
  constructor(parts: readonly (string | null | undefined)[]) {
    for (const part of parts) {
      if (!part) continue;
      for (const token of foldTokens(part)) {
        const position = this.variantsAt.length;
        const variants = tokenVariants(token);
        this.variantsAt.push(variants);
        for (const variant of variants) {
          const positions = this.positionsByVariant.get(variant);
          if (positions) positions.push(position);
          else this.positionsByVariant.set(variant, [position]);
        }
      }
      this.variantsAt.push(undefined);
    }
  }

  /** Positions of tokens having one of `keys` as a variant (exactly, or as a prefix when `prefix`). */
  positionsOf(keys: readonly string[], prefix: boolean): number[] {
    const found: number[] = [];
    if (prefix) {
      for (const [variant, positions] of this.positionsByVariant) {
        if (keys.some((key) => variant.startsWith(key))) found.push(...positions);
      }
    } else {
      for (const key of keys) found.push(...(this.positionsByVariant.get(key) ?? []));
    }
    return found;
  }

  /** Whether the token at `position` has one of `keys` as a variant. */
  hasAt(position: number, keys: readonly string[], prefix: boolean): boolean {
    const variants = this.variantsAt[position];
    if (!variants) return false;
    return variants.some((variant) => keys.some((key) => (prefix ? variant.startsWith(key) : variant === key)));
  }
}
