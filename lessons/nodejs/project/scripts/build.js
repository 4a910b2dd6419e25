// The build step: copies src/ to dist/. A real project would compile TypeScript or bundle
// here; this one only needs node itself, so the example stays small.
import { cpSync, rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
cpSync("src", "dist", { recursive: true });
console.log("built dist/");
