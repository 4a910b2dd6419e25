/**
 * JSON for the data files: compact, but one record per line down to `depth` levels, so that
 * a regenerated file diffs line by line.
 */
export function stringifyData(value: unknown, depth = 2): string {
  const go = (v: unknown, level: number, indent: string): string => {
    if (level >= depth || v === null || typeof v !== "object") return JSON.stringify(v);
    const inner = indent + " ";
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      return "[\n" + v.map((x) => inner + go(x, level + 1, inner)).join(",\n") + "\n" + indent + "]";
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return "{}";
    return "{\n" + entries.map(([k, x]) => inner + JSON.stringify(k) + ":" + go(x, level + 1, inner)).join(",\n") + "\n" + indent + "}";
  };
  return go(value, 0, "") + "\n";
}
