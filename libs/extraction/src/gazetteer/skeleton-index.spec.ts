import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPELLED_COUNTRIES } from './skeleton-index';

// The build script is plain JavaScript that cannot import the TypeScript list: read its two country tables here.
const build = readFileSync(join(__dirname, '../../../../scripts/build-gazetteer.mjs'), 'utf8');

describe('SPELLED_COUNTRIES', () => {
  it('are exactly the countries whose Latin alternates the gazetteer build keeps (DEEP and CONFLICT)', () => {
    const deep = /const DEEP = \{([^}]*)\}/.exec(build)?.[1] ?? '';
    const conflict = /const CONFLICT = new Set\('([A-Z ]+)'/.exec(build)?.[1] ?? '';
    const kept = new Set([...deep.matchAll(/\b([A-Z]{2}):/g)].map((m) => m[1]).concat(conflict.split(' ')));
    expect(kept.size).toBeGreaterThan(40);
    expect([...SPELLED_COUNTRIES].sort()).toEqual([...kept].sort());
  });
});
