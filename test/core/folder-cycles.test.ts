/**
 * The folders of src/core form a layered graph: no folder imports (even for types) from a folder that imports it back,
 * directly or around a longer loop. The graph is read from the import/export statements of the source itself, so a
 * new cycle fails this test the moment it is written. Files directly in src/core (money.ts, text.ts, analysis.ts, …)
 * are each their own node, so a loop through them counts too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const CORE = resolve(__dirname, '../../src/core');

/** Every .ts file below `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative module specifiers a file imports or re-exports (static, type-only and dynamic `import()`). */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1]!);
  return found.filter((s) => s.startsWith('.'));
}

/** The node a core file belongs to: its first folder below src/core, or the file itself when it lies in src/core. */
function nodeOf(path: string): string {
  const [first = '', ...rest] = relative(CORE, path).split(sep);
  return rest.length ? first : first.replace(/\.ts$/, '');
}

/** Folder → folders it imports, with one file:line that shows each edge. */
function folderGraph(files: { path: string; text: string }[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const { path, text } of files) {
    const from = nodeOf(path);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const spec of specifiers(text)) {
      const target = resolve(dirname(path), spec);
      if (!target.startsWith(CORE + sep)) continue;
      const to = nodeOf(target.endsWith('.ts') ? target : `${target}.ts`);
      if (to !== from && !edges.has(to)) edges.set(to, `${relative(CORE, path)} → ${spec}`);
    }
  }
  return graph;
}

/** The strongly connected components with more than one node (Tarjan), each sorted. */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

const tree = sources(CORE).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('folder-level imports of src/core', () => {
  it('reads the tree (the graph is not empty and has edges)', () => {
    const graph = folderGraph(tree);
    expect(graph.size).toBeGreaterThan(10);
    expect(graph.get('check')?.has('model')).toBe(true);
  });

  it('finds a cycle when one is there (the detector can fail)', () => {
    const fake = [
      { path: join(CORE, 'a', 'x.ts'), text: "import { y } from '../b/y';" },
      { path: join(CORE, 'b', 'y.ts'), text: "import type { z } from '../c/z';" },
      { path: join(CORE, 'c', 'z.ts'), text: "export { x } from '../a/x';" },
      { path: join(CORE, 'd', 'w.ts'), text: "const m = import('../a/x');" },
    ];
    expect(cycles(folderGraph(fake))).toEqual([['a', 'b', 'c']]);
  });

  it('has no cycle between folders', () => {
    const graph = folderGraph(tree);
    const found = cycles(graph).map((component) => {
      const inside = new Set(component);
      const edges = component.flatMap((from) =>
        [...(graph.get(from) ?? [])].filter(([to]) => inside.has(to)).map(([to, where]) => `${from} → ${to} (${where})`),
      );
      return `${component.join(' ↔ ')}:\n  ${edges.join('\n  ')}`;
    });
    expect(found).toEqual([]);
  });
});
