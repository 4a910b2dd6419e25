/**
 * The architecture as a check (part of `npm run lint`): the layers of lib/ may only import
 * downwards, components/ never reaches the build-time loader at run time, no source file is
 * part of a runtime import cycle, no feature folder of components/ takes part in a folder
 * cycle, no file in lib/ or components/ grows past 600 lines, and no component rewrites a
 * string with `.replace(/^…/)` (the core returns structured data instead). Type-only
 * imports are erased at build time and do not count as dependencies.
 *
 *   tsx scripts/check-architecture.ts        prints every violation, exit 1 if any
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE_DIRS = ["app", "components", "hooks", "lib", "scripts"];
const EXTENSIONS = [".ts", ".tsx", ".mjs"];
const MAX_LINES = 600;

/**
 * Which layer of lib/ may import which at run time. The order is the architecture: the pure
 * core at the bottom, the build-time loader at the top.
 */
const LIB_LAYERS: Record<string, string[]> = {
  "lib/dockerfile": [],
  "lib/exercises": ["lib/dockerfile"],
  "lib/workspace": ["lib/dockerfile"],
  "lib/browser": [],
  "lib/course": ["lib/dockerfile", "lib/exercises", "lib/workspace"],
};

/** A runtime import: the importing file, the imported file, and the line. */
interface Edge {
  from: string;
  to: string;
  line: number;
}

function listSources(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const rel = path.join(dir, name);
    if (name === "node_modules" || name.startsWith(".") || name === "__fixtures__" || name === "__bank__" || name === "__corpus__") return [];
    if (statSync(path.join(ROOT, rel)).isDirectory()) return listSources(rel);
    return EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith(".d.ts") && !name.endsWith(".d.mts") ? [rel] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.join(path.dirname(from), spec);
  else return null;
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  return candidates.find((c) => existsSync(path.join(ROOT, c)) && statSync(path.join(ROOT, c)).isFile()) ?? null;
}

// `import x from "y"`, `import { a, type b } from "y"`, `export { a } from "y"`, `import("y")`, `import "y"`.
const IMPORT_RE = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** True when every name an import statement brings in is a type. */
function typeOnly(keywordType: string | undefined, clause: string): boolean {
  if (keywordType) return true;
  const braces = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = (braces[1] as string).split(",").map((n) => n.trim()).filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith("type "));
}

function runtimeImports(file: string, text: string): Edge[] {
  const edges: Edge[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[4] ?? m[5] ?? m[6];
    if (!spec) continue;
    if (m[4] && typeOnly(m[2], m[3] ?? "")) continue;
    const to = resolveImport(file, spec);
    if (to) edges.push({ from: file, to, line: text.slice(0, m.index).split("\n").length + (text[m.index] === "\n" ? 1 : 0) });
  }
  return edges;
}

/** Strongly connected components with more than one member (Tarjan). */
function cycles(nodes: string[], next: (n: string) => string[]): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of next(v)) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, indexOf.get(w) as number));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const n of nodes) if (!indexOf.has(n)) visit(n);
  return out;
}

const layerOf = (file: string): string | null => Object.keys(LIB_LAYERS).find((l) => file.startsWith(`${l}/`)) ?? null;
const featureOf = (file: string): string | null => (file.startsWith("components/") ? (file.split("/")[1] ?? null) : null);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

const files = SOURCE_DIRS.flatMap(listSources);
const texts = new Map(files.map((f) => [f, readFileSync(path.join(ROOT, f), "utf8")]));
const edges = files.flatMap((f) => runtimeImports(f, texts.get(f) as string));
const problems: string[] = [];

// 1. Layers of lib/ import only downwards (tests may reach anything).
for (const e of edges) {
  if (isTest(e.from)) continue;
  const from = layerOf(e.from);
  if (from === null) continue;
  const to = layerOf(e.to);
  if (to === null) {
    if (e.to.startsWith("lib/")) continue;
    problems.push(`${e.from}:${e.line}: ${from} imports ${e.to}, outside lib/`);
  } else if (to !== from && !(LIB_LAYERS[from] ?? []).includes(to)) {
    problems.push(`${e.from}:${e.line}: ${from} may not import ${to} (${e.to})`);
  }
}

// 2. The build-time loader (file system) never reaches the browser.
for (const e of edges) {
  if ((e.from.startsWith("components/") || e.from.startsWith("hooks/")) && e.to.startsWith("lib/course/")) {
    problems.push(`${e.from}:${e.line}: imports ${e.to} at run time; components take its data as props (import types only)`);
  }
}

// 3. No runtime cycle between files.
const out = new Map<string, string[]>();
for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
for (const c of cycles(files, (f) => out.get(f) ?? [])) problems.push(`import cycle: ${c.join(" -> ")}`);

// 4. No cycle between the feature folders of components/.
const folderOut = new Map<string, Set<string>>();
for (const e of edges) {
  const a = featureOf(e.from);
  const b = featureOf(e.to);
  if (a && b && a !== b) folderOut.set(a, (folderOut.get(a) ?? new Set()).add(b));
}
const folders = [...new Set(files.map(featureOf).filter((f): f is string => f !== null))];
for (const c of cycles(folders, (f) => [...(folderOut.get(f) ?? [])])) problems.push(`folder cycle in components/: ${c.join(" <-> ")}`);

// 5. Small files, and no string surgery on the core's sentences in components.
for (const [file, text] of texts) {
  if (!file.startsWith("lib/") && !file.startsWith("components/")) continue;
  const lines = text.split("\n").length;
  if (lines > MAX_LINES) problems.push(`${file}: ${lines} lines (at most ${MAX_LINES})`);
  if (file.startsWith("components/")) {
    text.split("\n").forEach((line, i) => {
      if (/\.replace\(\s*\/\^/.test(line)) problems.push(`${file}:${i + 1}: rewrites a string with .replace(/^…/); return structured data from the core instead`);
    });
  }
}

if (problems.length > 0) {
  console.error(`check-architecture: ${problems.length} problem${problems.length === 1 ? "" : "s"}\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`check-architecture: ${files.length} files, ${edges.length} runtime imports; layers, cycles, file sizes and string rewrites OK`);
