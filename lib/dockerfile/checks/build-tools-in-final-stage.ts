/** BuildToolsInFinalStage: compilers and build tools installed in the stage that becomes the image. */
import type { Context } from "../analyze";
import type { Diagnostic } from "../analyze-types";
import { getRule } from "../rules";

// Package names of compilers and build tools across apk, apt, dnf/yum.
const TOOLS = new Set([
  "gcc", "g++", "clang", "make", "cmake", "build-base", "build-essential", "go", "golang", "maven",
  "gradle", "openjdk", "default-jdk", "musl-dev", "libc-dev", "autoconf", "automake", "ninja", "ninja-build",
]);
const JDK = /^(?:openjdk\d*(?:-jdk)?(?:-headless)?|openjdk-\d+-jdk(?:-headless)?|java-\d+-openjdk-devel|temurin-\d+-jdk|default-jdk(?:-headless)?)$/;
const INSTALL = /\b(?:apk\s+add|apt-get\s+install|apt\s+install|yum\s+install|dnf\s+install|microdnf\s+install)\b([^&|;]*)/g;

/** Reports build tools installed by RUN in the target stage, and npm installs that keep dev dependencies. */
export function checkBuildToolsInFinalStage(ctx: Context, target: number | null): Diagnostic[] {
  if (target === null) return [];
  const stage = ctx.parsed.stages[target];
  if (!stage) return [];
  const out: Diagnostic[] = [];
  for (const ins of stage.instructions) {
    if (ins.keyword !== "RUN") continue;
    const d = ctx.detail.get(ins);
    const text = [d?.json ? d.json.join(" ") : ins.args, ...(d?.heredocs.map((h) => h.content) ?? [])].join("\n");
    const found: string[] = [];
    for (const m of text.matchAll(INSTALL)) {
      for (const word of (m[1] ?? "").split(/\s+/)) {
        const pkg = word.replace(/[=<>~].*$/, "");
        if (pkg.startsWith("-") || pkg === "") continue;
        if ((TOOLS.has(pkg) || JDK.test(pkg)) && !found.includes(pkg)) found.push(pkg);
      }
    }
    if (found.length > 0) {
      out.push({
        rule: "BuildToolsInFinalStage",
        severity: "warning",
        line: ins.line,
        message: `The final stage installs build tools (${found.join(", ")}). They will ship in your image: compile in an earlier stage and COPY --from only the result.`,
        url: getRule("BuildToolsInFinalStage").url,
      });
    }
    // npm install / npm ci without --omit=dev or --production keeps devDependencies.
    if (/\bnpm\s+(?:install|i|ci)\b/.test(text) && !/--omit[= ]dev|--production|--only[= ]prod/.test(text) && !/NODE_ENV=production/.test(text)) {
      out.push({
        rule: "BuildToolsInFinalStage",
        severity: "warning",
        line: ins.line,
        message: "The final stage runs npm install with dev dependencies. Use `npm ci --omit=dev` here, or build in an earlier stage and copy only what runs.",
        url: getRule("BuildToolsInFinalStage").url,
      });
    }
  }
  return out;
}
