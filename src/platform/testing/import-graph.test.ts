import { describe, expect, it } from 'vitest';
import {
  capabilityGraph,
  capabilityOf,
  extractImports,
  findCycles,
  formatCycle,
  type Graph,
  isTestCode,
  type ResolvedImport,
  resolveSpecifier,
} from './import-graph.ts';

function graphOf(edges: Record<string, string[]>): Graph {
  return new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));
}

describe('findCycles', () => {
  it('finds a loop planted in a hand-made graph, and only that loop', () => {
    const graph = graphOf({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [], e: ['a'] });
    expect(findCycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('reports no loop in a graph without one, even where paths meet again', () => {
    const diamond = graphOf({ top: ['left', 'right'], left: ['bottom'], right: ['bottom'], bottom: [] });
    expect(findCycles(diamond)).toEqual([]);
    expect(findCycles(new Map())).toEqual([]);
  });

  it('shows every edge of a tangle in some reported loop, each loop once', () => {
    const hub = graphOf({
      summit: ['programme', 'expo', 'delegations'],
      programme: ['summit'],
      expo: ['summit'],
      delegations: ['summit', 'provinces'],
      provinces: [],
    });
    expect(findCycles(hub).map(formatCycle)).toEqual([
      'delegations → summit → delegations',
      'expo → summit → expo',
      'programme → summit → programme',
    ]);
  });

  it('reports the shortest loop through an edge, not a longer detour', () => {
    const graph = graphOf({ a: ['b'], b: ['a', 'c'], c: ['a'] });
    expect(findCycles(graph).map(formatCycle)).toEqual(['a → b → a', 'a → b → c → a']);
  });

  it('counts a node that points to itself as a loop', () => {
    expect(findCycles(graphOf({ a: ['a'], b: ['a'] }))).toEqual([['a']]);
  });
});

describe('extractImports', () => {
  it('finds static, type-only, re-exported, dynamic and type-query imports with their lines', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b/model.ts';",
      'import {',
      '  c,',
      '  type D,',
      "} from './multi-line.ts';",
      "export { e } from './e.ts';",
      "export type { F } from './f.ts';",
      "export * from './all.ts';",
      "import './side-effect.ts';",
      "const lazy = () => import('./lazy.ts');",
      "type G = import('./g.ts').G;",
    ].join('\n');
    expect(extractImports(source)).toEqual([
      { specifier: './a.ts', line: 1 },
      { specifier: '../b/model.ts', line: 2 },
      { specifier: './multi-line.ts', line: 6 },
      { specifier: './e.ts', line: 7 },
      { specifier: './f.ts', line: 8 },
      { specifier: './all.ts', line: 9 },
      { specifier: './side-effect.ts', line: 10 },
      { specifier: './lazy.ts', line: 11 },
      { specifier: './g.ts', line: 12 },
    ]);
  });

  it('ignores the word import inside comments and strings', () => {
    const source = [
      "// import { x } from './commented.ts';",
      "/* export * from './block-comment.ts'; */",
      'const text = "import { y } from \'./in-a-string.ts\'";',
      "const template = `import('./in-a-template.ts')`;",
    ].join('\n');
    expect(extractImports(source)).toEqual([]);
  });
});

describe('resolveSpecifier', () => {
  const files = new Set(['src/domain/summit/model.ts', 'src/platform/db/index.ts', 'src/web/view.tsx']);
  const exists = (path: string) => files.has(path);

  it('turns a relative specifier into a path from the repository root', () => {
    expect(resolveSpecifier('src/domain/programme/seats.ts', '../summit/model.ts', exists)).toEqual({
      target: 'src/domain/summit/model.ts',
      unresolved: false,
    });
  });

  it('tries the extensions and index files TypeScript would', () => {
    expect(resolveSpecifier('src/domain/x/a.ts', '../../platform/db', exists).target).toBe('src/platform/db/index.ts');
    expect(resolveSpecifier('src/web/a.ts', './view', exists).target).toBe('src/web/view.tsx');
    expect(resolveSpecifier('src/domain/x/a.ts', '../summit/model.js', exists).target).toBe(
      'src/domain/summit/model.ts',
    );
  });

  it('keeps the spelled path of a file that does not exist, marked unresolved', () => {
    expect(resolveSpecifier('src/domain/x/a.ts', '../../platform/http/errors.ts', exists)).toEqual({
      target: 'src/platform/http/errors.ts',
      unresolved: true,
    });
  });

  it('leaves package specifiers as written', () => {
    expect(resolveSpecifier('src/domain/x/a.ts', 'drizzle-orm/pg-core', exists)).toEqual({
      target: 'drizzle-orm/pg-core',
      unresolved: false,
    });
  });
});

describe('capabilities and test code', () => {
  it('names the capability of a file by its folder under src/domain', () => {
    expect(capabilityOf('src/domain/transit/routing/route-graph.ts')).toBe('transit');
    expect(capabilityOf('src/platform/db/client.ts')).toBeNull();
    expect(capabilityOf('src/app.ts')).toBeNull();
  });

  it('recognises tests, test-* helpers, fixtures and test-support folders as test code', () => {
    expect(isTestCode('src/domain/expo/routes.test.ts')).toBe(true);
    expect(isTestCode('src/domain/expo/booth-assignment.multi-instance.test.ts')).toBe(true);
    expect(isTestCode('src/domain/badges/test-fixtures.ts')).toBe(true);
    expect(isTestCode('src/domain/transit/plan-export/plan-test-fixture.ts')).toBe(true);
    expect(isTestCode('src/domain/x/test-support/rows.ts')).toBe(true);
    expect(isTestCode('src/domain/expo/routes.ts')).toBe(false);
    expect(isTestCode('src/domain/badges/attestation.ts')).toBe(false);
  });

  it('draws an edge between capabilities from product code only, with its first import as example', () => {
    const imports: ResolvedImport[] = [
      {
        from: 'src/domain/summit/service.ts',
        line: 9,
        specifier: '../expo/model.ts',
        target: 'src/domain/expo/model.ts',
        unresolved: false,
      },
      {
        from: 'src/domain/summit/service.ts',
        line: 4,
        specifier: '../expo/rules.ts',
        target: 'src/domain/expo/rules.ts',
        unresolved: false,
      },
      {
        from: 'src/domain/expo/routes.test.ts',
        line: 1,
        specifier: '../summit/model.ts',
        target: 'src/domain/summit/model.ts',
        unresolved: false,
      },
      {
        from: 'src/domain/expo/service.ts',
        line: 2,
        specifier: './model.ts',
        target: 'src/domain/expo/model.ts',
        unresolved: false,
      },
      {
        from: 'src/platform/testing/factories/users.ts',
        line: 3,
        specifier: 'x',
        target: 'src/domain/expo/model.ts',
        unresolved: false,
      },
    ];
    const { graph, examples } = capabilityGraph(imports);
    expect(graph).toEqual(graphOf({ summit: ['expo'] }));
    expect([...examples]).toEqual([
      ['summit → expo', { from: 'src/domain/summit/service.ts', line: 4, specifier: '../expo/rules.ts' }],
    ]);
  });
});
