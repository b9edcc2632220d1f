// Pure helpers behind src/architecture.test.ts: find the imports of a source text, resolve them to
// files, group files by capability and find loops between capabilities. No file system here: the
// caller reads the files and says which paths exist, so each step can be tested on hand-made input.
import ts from 'typescript';

/** One import of a file: `import … from`, `export … from`, `import type`, `import('…')`, `require('…')`. */
export type ImportRef = { specifier: string; line: number };

/** An import of a known file, with its target resolved to a path from the repository root. */
export type ResolvedImport = ImportRef & {
  /** The importing file, e.g. `src/domain/summit/service.ts`. */
  from: string;
  /** The imported file (`src/…`) for a relative specifier, else the package specifier itself. */
  target: string;
  /** True for a relative specifier that names no existing file: `target` is then the path it spells. */
  unresolved: boolean;
};

/** A directed graph: each node and the nodes it points to. */
export type Graph = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The module specifiers of a TypeScript source, with the line each one is on. Parsed by the
 * TypeScript compiler, so an `import` inside a comment or a string is not one, and a type import
 * (`import type`, `export type … from`, `import('…').Type`) counts like any other: it is a dependency too.
 */
export function extractImports(source: string, fileName = 'source.ts'): ImportRef[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, kind);
  const found: ImportRef[] = [];
  const add = (literal: ts.Node | undefined): void => {
    if (!literal || !ts.isStringLiteralLike(literal)) return;
    const line = file.getLineAndCharacterOfPosition(literal.getStart(file)).line + 1;
    found.push({ specifier: literal.text, line });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      if (isImport || isRequire) add(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const RESOLVABLE_SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/**
 * Where a specifier written in `fromFile` points. A relative specifier becomes a path from the
 * repository root (`src/platform/db/client.ts`), trying the suffixes TypeScript would; a package
 * specifier (`drizzle-orm/pg-core`, `node:fs`) stays as written.
 */
export function resolveSpecifier(
  fromFile: string,
  specifier: string,
  exists: (path: string) => boolean,
): { target: string; unresolved: boolean } {
  if (!isRelative(specifier)) return { target: specifier, unresolved: false };
  const spelled = normalisePath(`${dirname(fromFile)}/${specifier}`);
  const bases = spelled.endsWith('.js') ? [spelled, `${spelled.slice(0, -3)}.ts`] : [spelled];
  for (const base of bases) {
    for (const suffix of RESOLVABLE_SUFFIXES) {
      if (exists(base + suffix)) return { target: base + suffix, unresolved: false };
    }
  }
  return { target: spelled, unresolved: true };
}

export function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/** The capability a file belongs to: `summit` for `src/domain/summit/…`, null outside `src/domain/`. */
export function capabilityOf(path: string): string | null {
  const match = /^src\/domain\/([^/]+)\//.exec(path);
  return match ? match[1]! : null;
}

/**
 * Tests and what only tests use: `*.test.ts`, `test-*.ts`, `*-fixture.ts`, anything under a
 * `test-support` folder. Their imports are not dependencies of the product.
 */
export function isTestCode(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (
    /\.test\.tsx?$/.test(name) ||
    /^test-.*\.tsx?$/.test(name) ||
    /-fixture\.tsx?$/.test(name) ||
    path.split('/').includes('test-support')
  );
}

/** The first import (by file, then line) that makes one capability depend on another. */
export type EdgeExample = { from: string; line: number; specifier: string };

/**
 * The capability graph: an edge A → B when a file of A that is not test code imports a file of B.
 * Each edge keeps one example import, the first by path and line.
 */
export function capabilityGraph(imports: readonly ResolvedImport[]): {
  graph: Graph;
  examples: ReadonlyMap<string, EdgeExample>;
} {
  const graph = new Map<string, Set<string>>();
  const examples = new Map<string, EdgeExample>();
  const sorted = [...imports].sort((a, b) => compareText(a.from, b.from) || a.line - b.line);
  for (const anImport of sorted) {
    if (isTestCode(anImport.from)) continue;
    const source = capabilityOf(anImport.from);
    const target = capabilityOf(anImport.target);
    if (!source || !target || source === target) continue;
    const targets = graph.get(source) ?? new Set<string>();
    targets.add(target);
    graph.set(source, targets);
    const key = edgeKey(source, target);
    if (!examples.has(key))
      examples.set(key, { from: anImport.from, line: anImport.line, specifier: anImport.specifier });
  }
  return { graph, examples };
}

export function edgeKey(from: string, to: string): string {
  return `${from} → ${to}`;
}

/**
 * The loops of a directed graph, each as its nodes in order (`['programme', 'summit']` is
 * programme → summit → programme). Every edge that lies on some loop appears in at least one
 * reported loop, the shortest one through it, so a tangle of capabilities shows each import to
 * undo; the same loop is reported once, starting at its alphabetically first node.
 */
export function findCycles(graph: Graph): string[][] {
  const cycles = new Map<string, string[]>();
  for (const component of stronglyConnectedComponents(graph)) {
    const members = new Set(component);
    for (const from of component) {
      for (const to of graph.get(from) ?? []) {
        if (!members.has(to)) continue;
        const back = shortestPath(graph, to, from, members);
        if (!back) continue;
        const cycle = rotateToSmallest([from, ...back.slice(0, -1)]);
        cycles.set(cycle.join('\u0000'), cycle);
      }
    }
  }
  return [...cycles.values()].sort((a, b) => a.length - b.length || compareText(a.join(' '), b.join(' ')));
}

/** A loop as a path that returns to its start: `summit → programme → summit`. */
export function formatCycle(cycle: readonly string[]): string {
  return [...cycle, cycle[0]].join(' → ');
}

/** Tarjan's algorithm; only components that can hold a loop (two nodes or more, or a self edge). */
function stronglyConnectedComponents(graph: Graph): string[][] {
  const nodes = new Set<string>();
  for (const [node, targets] of graph) {
    nodes.add(node);
    for (const target of targets) nodes.add(target);
  }
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;

  const connect = (node: string): void => {
    index.set(node, counter);
    lowLink.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(target)!));
      } else if (onStack.has(target)) {
        lowLink.set(node, Math.min(lowLink.get(node)!, index.get(target)!));
      }
    }
    if (lowLink.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.has(node)) components.push(component.sort(compareText));
  };

  for (const node of [...nodes].sort(compareText)) if (!index.has(node)) connect(node);
  return components;
}

/** Breadth-first inside `allowed`, neighbours in alphabetical order: the path from `start` to `goal`, both ends in. */
function shortestPath(graph: Graph, start: string, goal: string, allowed: ReadonlySet<string>): string[] | null {
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    if (node === goal) {
      const path: string[] = [];
      for (let step: string | null = node; step !== null; step = previous.get(step)!) path.unshift(step);
      return path;
    }
    for (const next of [...(graph.get(node) ?? [])].sort(compareText)) {
      if (!allowed.has(next) || previous.has(next)) continue;
      previous.set(next, node);
      queue.push(next);
    }
  }
  return null;
}

function rotateToSmallest(cycle: string[]): string[] {
  let start = 0;
  for (let i = 1; i < cycle.length; i += 1) if (compareText(cycle[i]!, cycle[start]!) < 0) start = i;
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

/** Folds `.` and `..` out of a `/`-separated path. */
function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
