import { zipSync } from "fflate";

/**
 * A zip archive of files under one top folder, with a fixed timestamp so the same lesson
 * always produces the same bytes (reproducible builds, cacheable downloads).
 */
export function zipProject(folder: string, files: { path: string; data: Uint8Array }[]): Uint8Array {
  const mtime = new Date("2025-01-01T00:00:00Z");
  const tree: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of files) tree[`${folder}/${file.path}`] = [file.data, { mtime }];
  return zipSync(tree, { level: 9 });
}
