import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeCycle, findCycles, importGraph } from './import-cycles';

const ROOT = resolve(__dirname, '..');

describe('import cycles', () => {
  it('finds none among the files of apps/ and libs/', () => {
    const graph = importGraph([join(ROOT, 'apps'), join(ROOT, 'libs')]);
    expect(graph.size).toBeGreaterThan(300);
    expect(findCycles(graph).map((c) => describeCycle(c, ROOT))).toEqual([]);
  });

  describe('the reader', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'cycles-'));
      mkdirSync(join(dir, 'sub'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('reports a cycle through a folder index and a type-only import', () => {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './sub';\nexport const a = b;\n");
      writeFileSync(join(dir, 'sub', 'index.ts'), "export { b } from './b';\n");
      writeFileSync(join(dir, 'sub', 'b.ts'), "import type { A } from '../c';\nexport const b = 1;\n");
      writeFileSync(join(dir, 'c.ts'), "import { a } from './a';\nexport type A = typeof a;\n");
      const cycles = findCycles(importGraph([dir]));
      expect(cycles.map((c) => describeCycle(c, dir))).toEqual(['a.ts → sub/index.ts → sub/b.ts → c.ts → a.ts']);
    });

    it('leaves a diamond and package imports alone', () => {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nimport { c } from './c';\nexport const a = b + c;\n");
      writeFileSync(join(dir, 'b.ts'), "import { d } from './d';\nexport const b = d;\n");
      writeFileSync(join(dir, 'c.ts'), "import { d } from './d';\nimport { x } from 'x';\nexport const c = d + x;\n");
      writeFileSync(join(dir, 'd.ts'), 'export const d = 1;\n');
      expect(findCycles(importGraph([dir]))).toEqual([]);
    });
  });
});
