/** BuildToolsInFinalStage: compilers and build tools installed in the stage that becomes the image. */
import type { Context } from "../analysis/context";
import type { Diagnostic } from "../analysis/types";
import { diagnostic } from "../diagnostic";
import { packageInstalls, runScript } from "../shell/commands";

// Package names of compilers and build tools across apk, apt, dnf/yum.
const TOOLS = new Set([
  "gcc", "g++", "clang", "make", "cmake", "build-base", "build-essential", "go", "golang", "maven",
  "gradle", "openjdk", "default-jdk", "musl-dev", "libc-dev", "autoconf", "automake", "ninja", "ninja-build",
]);
const JDK = /^(?:openjdk\d*(?:-jdk)?(?:-headless)?|openjdk-\d+-jdk(?:-headless)?|java-\d+-openjdk-devel|temurin-\d+-jdk|default-jdk(?:-headless)?)$/;

/** Reports build tools installed by RUN in the target stage, and npm installs that keep dev dependencies. */
export function checkBuildToolsInFinalStage(ctx: Context, target: number | null): Diagnostic[] {
  const stage = target === null ? undefined : ctx.parsed.stages[target];
  if (!stage) return [];
  const out: Diagnostic[] = [];
  for (const ins of stage.instructions) {
    if (ins.keyword !== "RUN") continue;
    const text = runScript(ins, ctx.parsed.detail.get(ins));
    const installs = packageInstalls(text);
    const found: string[] = [];
    for (const install of installs) {
      if (install.manager === "pip" || install.manager === "npm" || install.manager === "go") continue;
      for (const pkg of install.packages) if ((TOOLS.has(pkg) || JDK.test(pkg)) && !found.includes(pkg)) found.push(pkg);
    }
    if (found.length > 0) {
      out.push(diagnostic("BuildToolsInFinalStage", ins.line, `The final stage installs build tools (${found.join(", ")}). They will ship in your image: compile in an earlier stage and COPY --from only the result.`));
    }
    // npm install / npm ci without --omit=dev or --production keeps devDependencies.
    if (installs.some((i) => i.manager === "npm") && !/--omit[= ]dev|--production|--only[= ]prod/.test(text) && !/NODE_ENV=production/.test(text)) {
      out.push(diagnostic("BuildToolsInFinalStage", ins.line, "The final stage runs npm install with dev dependencies. Use `npm ci --omit=dev` here, or build in an earlier stage and copy only what runs."));
    }
  }
  return out;
}
