/**
 * `make [target]` with a Makefile the model can read: the commands of the target's recipe
 * (and of its prerequisites that are targets of the same Makefile, first), as RUN would run
 * them. Only simple Makefiles are read: no `include`, no conditionals, no `define`; a
 * variable is expanded when the Makefile defines it, and a recipe line that uses any other
 * variable (or a function such as `$(shell …)`) is not read.
 */

/** A Makefile's variables (`NAME := value`, `NAME = value`, `NAME ?= value`) and its rules' recipes. */
export interface Makefile {
  variables: Map<string, string>;
  /** Target → prerequisites and recipe lines (tab-indented, `@`, `-` and `+` prefixes dropped). */
  rules: Map<string, { prerequisites: string[]; recipe: string[] }>;
  /** The first target not starting with `.`: what `make` with no target builds. */
  defaultTarget: string | null;
}

/** A Makefile's rules, or null when it uses what this reader does not follow (include, conditionals, define, pattern rules). */
export function parseMakefile(text: string): Makefile | null {
  const variables = new Map<string, string>();
  const rules: Makefile["rules"] = new Map();
  let defaultTarget: string | null = null;
  let current: string[] = [];
  const lines = text.replace(/\\\n/g, " ").split("\n");
  for (const line of lines) {
    if (line.startsWith("\t")) {
      const cmd = line.slice(1).trim().replace(/^[@+-]+/, "").trim();
      if (cmd !== "" && !cmd.startsWith("#")) for (const t of current) rules.get(t)?.recipe.push(cmd);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (/^(-?include|sinclude|ifeq|ifneq|ifdef|ifndef|else|endif|define|endef|export|override|vpath)\b/.test(trimmed)) return null;
    const assign = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*(:=|::=|\?=|\+=|=)\s*(.*)$/.exec(trimmed);
    if (assign) {
      const [, name, op, value] = assign as unknown as [string, string, string, string];
      if (op === "+=") variables.set(name, `${variables.get(name) ?? ""} ${value}`.trim());
      else if (op !== "?=" || !variables.has(name)) variables.set(name, value.trim());
      current = [];
      continue;
    }
    const rule = /^([^:=]+?)\s*::?\s*([^=]*)$/.exec(trimmed);
    if (!rule) return null;
    const targets = (rule[1] as string).split(/\s+/).filter(Boolean);
    if (targets.some((t) => t.includes("%") || t.includes("$"))) return null;
    const [deps, inline] = (rule[2] as string).split(";", 2) as [string, string | undefined];
    current = targets;
    for (const t of targets) {
      if (!rules.has(t)) rules.set(t, { prerequisites: [], recipe: [] });
      const r = rules.get(t)!;
      r.prerequisites.push(...deps.split(/\s+/).filter(Boolean));
      if (inline?.trim()) r.recipe.push(inline.trim());
      if (defaultTarget === null && !t.startsWith(".")) defaultTarget = t;
    }
  }
  return { variables, rules, defaultTarget };
}

/** `$(NAME)` / `${NAME}` / `$N` expanded with the Makefile's variables (recursively), `$$` as `$`; null when a reference is not a variable it defines. */
export function expandMake(text: string, variables: ReadonlyMap<string, string>, depth = 0): string | null {
  if (depth > 10) return null;
  let failed = false;
  const out = text.replace(/\$(\$|\(([^()]*)\)|\{([^{}]*)\}|([A-Za-z0-9_@<^?*+%|]))/g, (whole, tok: string, paren?: string, brace?: string, single?: string) => {
    if (tok === "$") return "$";
    const name = paren ?? brace ?? single ?? "";
    const value = variables.get(name);
    if (value === undefined) {
      failed = true;
      return whole;
    }
    const expanded = expandMake(value, variables, depth + 1);
    if (expanded === null) failed = true;
    return expanded ?? whole;
  });
  return failed ? null : out;
}

/**
 * The shell lines `make <targets>` runs, in order: each target's prerequisites that are
 * targets of the Makefile first, then its recipe, each target once. `null` in the list
 * stands for a line that could not be expanded; the whole result is null when a target
 * named is not in the Makefile (make would fail or use an implicit rule this does not know).
 */
export function makeRecipe(makefile: Makefile, targets: string[]): (string | null)[] | null {
  const wanted = targets.length > 0 ? targets : makefile.defaultTarget ? [makefile.defaultTarget] : [];
  if (wanted.length === 0) return null;
  const done = new Set<string>();
  const out: (string | null)[] = [];
  const visit = (t: string): boolean => {
    if (done.has(t)) return true;
    done.add(t);
    const rule = makefile.rules.get(t);
    if (!rule) return false;
    for (const p of rule.prerequisites) if (makefile.rules.has(p) && !visit(p)) return false;
    for (const line of rule.recipe) out.push(expandMake(line, makefile.variables));
    return true;
  };
  for (const t of wanted) if (!visit(t)) return null;
  return out;
}
