// The dependency rule (docs: /work/shared/style.md §2, DEVELOPERS.md), checked on every file under src/:
// platform below domain, no loop between capabilities, HTTP only in routes, pure files free of I/O.
// biome.jsonc reports the per-file rules (c, d) while typing; only this test sees the whole graph.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  capabilityGraph,
  edgeKey,
  extractImports,
  findCycles,
  formatCycle,
  isTestCode,
  type ResolvedImport,
  resolveSpecifier,
} from './platform/testing/import-graph.ts';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(repositoryRoot, path).split(sep).join('/')] : [];
  });
}

const imports: ResolvedImport[] = sourceFiles(join(repositoryRoot, 'src'))
  .sort()
  .flatMap((from) =>
    extractImports(readFileSync(join(repositoryRoot, from), 'utf8'), from).map((found) => ({
      ...found,
      from,
      ...resolveSpecifier(from, found.specifier, (path) => existsSync(join(repositoryRoot, path))),
    })),
  );

const where = (anImport: { from: string; line: number; specifier: string }): string =>
  `${anImport.from}:${anImport.line} imports '${anImport.specifier}'`;

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

const isHttpPackage = (target: string): boolean => /^(fastify(-[^/]+)?(\/.*)?|@fastify\/.+)$/.test(target);

/** The matchmaking engine's files besides its rules: scoring parts, the index, cargo and item reading. */
const PURE_MATCHMAKING = /^src\/domain\/matchmaking\/(match-[\w-]+|top-matches|cargo|matchable)\.ts$/;

/** model.ts, rules.ts, *-rules.ts, transit routing, the matchmaking engine and the meeting scheduler: no I/O, style.md §2. */
const isPureFile = (path: string): boolean =>
  path.startsWith('src/domain/') &&
  !isTestCode(path) &&
  (['model.ts', 'rules.ts'].includes(fileName(path)) ||
    fileName(path).endsWith('-rules.ts') ||
    path.startsWith('src/domain/transit/routing/') ||
    path.startsWith('src/domain/meetings/scheduler/') ||
    PURE_MATCHMAKING.test(path));

/** What a pure file may not reach, even for a type: the database, HTTP, the file system and network. */
const isImpure = (target: string): boolean =>
  target.startsWith('src/platform/db/') ||
  target.startsWith('src/platform/http/') ||
  /^(drizzle-orm|pg|(node:)?(fs|net|http))(\/.*)?$/.test(target) ||
  target.startsWith('@electric-sql/') ||
  isHttpPackage(target) ||
  ['repository.ts', 'tables.ts'].includes(fileName(target)) ||
  fileName(target).endsWith('-repository.ts');

describe('the dependency rule', () => {
  it('reads the imports of every source file, so the checks below cannot pass on nothing', () => {
    expect(imports.length).toBeGreaterThan(500);
    expect(
      imports.some((anImport) => anImport.from === 'src/app.ts' && anImport.target.startsWith('src/domain/')),
    ).toBe(true);
  });

  it('finds no loop between capabilities', () => {
    const { graph, examples } = capabilityGraph(imports);
    const loops = findCycles(graph).map((cycle) =>
      [
        formatCycle(cycle),
        ...cycle.map((from, i) => {
          const to = cycle[(i + 1) % cycle.length]!;
          return `    ${edgeKey(from, to)}: ${where(examples.get(edgeKey(from, to))!)}`;
        }),
      ].join('\n'),
    );
    const why = 'capabilities import each other in a loop; under each loop, one import per edge to undo';
    expect(loops, why).toEqual([]);
  });

  it('keeps platform code from importing a capability (test support aside)', () => {
    const upward = imports.filter(
      (anImport) =>
        anImport.from.startsWith('src/platform/') &&
        !anImport.from.startsWith('src/platform/testing/') &&
        !isTestCode(anImport.from) &&
        anImport.target.startsWith('src/domain/'),
    );
    expect(upward.map(where), 'src/platform sits below src/domain and must not import it').toEqual([]);
  });

  it('lets only routes files of a capability know HTTP', () => {
    const http = imports.filter(
      (anImport) =>
        anImport.from.startsWith('src/domain/') &&
        !fileName(anImport.from).endsWith('routes.ts') &&
        !isTestCode(anImport.from) &&
        (anImport.target.startsWith('src/platform/http/') || isHttpPackage(anImport.target)),
    );
    expect(http.map(where), 'only *routes.ts may import platform/http or fastify').toEqual([]);
  });

  it('keeps model, rules and routing files free of database, HTTP, file and network access', () => {
    const impure = imports.filter((anImport) => isPureFile(anImport.from) && isImpure(anImport.target));
    expect(impure.map(where), 'pure files take data and time as arguments; they reach no I/O').toEqual([]);
  });
});
