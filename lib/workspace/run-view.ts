/**
 * The words of the simulated `docker run` panel and its Problems finding: the command, the
 * outcome (the program's start, or the error in Docker's words wrapped as `docker run`
 * prints it), why, the fix, the lesson that teaches it. Built from the verdict's structured
 * reason (lib/dockerfile/run); components only lay these out.
 */
import type { Diagnostic, DiagnosticFix } from "../dockerfile/analysis/types";
import { diagnostic } from "../dockerfile/diagnostic";
import { RUN_MESSAGES } from "../dockerfile/run/messages";
import type { RunReason, RunVerdict, RunWarning } from "../dockerfile/run/verdict-types";
import type { BuildStop } from "../dockerfile/simulate/types";

/** A lesson of the course that teaches the fix. */
export interface LessonLink {
  slug: string;
  title: string;
}

/** What the run panel shows. */
export interface RunView {
  /** `$ docker run --rm hello-cmake`. */
  command: string;
  outcome: "starts" | "fails" | "unknown" | "not-built";
  /** One line: `Starts: runs \`/app/hello\` as root`, `Fails to start`, `The build fails first`. */
  headline: string;
  /** What the program prints, when the lesson's project is known (the hello's ten lines), else null. */
  output: string[] | null;
  /** For `fails` and `not-built`: the words printed, as Docker prints them. */
  printed: string | null;
  /** The exit status `docker run` returns, when known. */
  exitCode: number | null;
  /** One paragraph: why. Backticks mark code. */
  why: string;
  /** The fix, or null. */
  fix: string | null;
  lesson: LessonLink | null;
  /** Sentences for what goes wrong after the start. */
  warnings: string[];
  /** The rule in the sourced message table, and where its words come from (`owner/repo path`). */
  rule: string | null;
  source: string | null;
}

/** The lessons' titles, as lessons/<slug>/lesson.md gives them (run-view.test.ts checks). */
export const RUN_LESSONS: Record<string, string> = {
  "why-multi-stage": "Why multi-stage builds?",
  "copy-from": "COPY --from in depth",
  "smallest-runtimes": "The smallest runtimes",
  nodejs: "Real stacks I: Node.js",
  "python-and-java": "Real stacks II: Python and Java",
  "secure-final-stage": "Security of the final stage",
};
const lesson = (slug: string): LessonLink => ({ slug, title: RUN_LESSONS[slug] ?? slug });

const LIBC: Record<string, string> = { glibc: "glibc", musl: "musl", none: "no C library" };

/** Why, the fix and the lesson for each reason. */
function explain(r: RunReason): { why: string; fix: string | null; lesson: LessonLink | null } {
  switch (r.kind) {
    case "no-command":
      return { why: "Neither the final stage nor its base image sets `CMD` or `ENTRYPOINT`, so Docker has nothing to run.", fix: 'Add `CMD ["/path/to/program"]` to the final stage.', lesson: lesson("why-multi-stage") };
    case "shell-missing":
      return { why: `A shell-form command is stored as \`/bin/sh -c …\`, and \`${r.image}\` has no \`/bin/sh\`: runc cannot find the shell before your program is even looked at.`, fix: 'Write the command in exec form, `CMD ["/server"]`: no shell is needed.', lesson: lesson("smallest-runtimes") };
    case "program-missing":
      return { why: `Nothing is at \`${r.path}\` in the final image${r.workdir ? ` (the command is resolved in WORKDIR \`${r.workdir}\`)` : ""}: the program was never copied into the final stage, or was copied to another folder.`, fix: `Copy the program to \`${r.path}\` with \`COPY --from\`, or point the command at where it is.`, lesson: lesson("copy-from") };
    case "not-on-path":
      return { why: `\`${r.command}\` has no slash, so runc looks for it in each PATH directory (\`${r.path}\`); none of them holds it.`, fix: `Use the program's absolute path in the command, or copy it into \`/usr/local/bin\`.`, lesson: lesson("copy-from") };
    case "user-missing":
      return { why: `\`USER ${r.user}\` names a user the final image's \`/etc/passwd\` does not define (an image built from scratch has none), so Docker cannot resolve it and never starts the container.`, fix: "Use numeric IDs (`USER 10001:10001`), or copy an `/etc/passwd` that defines the user.", lesson: lesson("secure-final-stage") };
    case "not-executable":
      return { why: `\`${r.path}\` has mode ${r.mode}: no execute bit, so the kernel refuses to run it.`, fix: "Copy it with `--chmod=0755`.", lesson: lesson("secure-final-stage") };
    case "loader-missing":
      return {
        why: `\`${r.command}\` was built in stage \`${r.stage}\` against ${LIBC[r.libc]} and linked dynamically, so it names ${r.libc}'s loader. \`${r.image}\` has ${r.imageLibc === null ? "an unknown C library" : LIBC[r.imageLibc]}${r.imageLibc === "none" ? "" : " instead"}: the kernel cannot start the program, and the missing loader is reported as if the program itself were missing.`,
        fix: r.libc === "glibc" ? "Run it on a glibc image (`debian:bookworm-slim`, `gcr.io/distroless/base-debian12`), or build it statically (`CGO_ENABLED=0` for Go, a musl target for Rust)." : "Run it on Alpine, or link it statically (`-static`).",
        lesson: lesson("smallest-runtimes"),
      };
    case "library-missing":
      return {
        why: `\`${r.command}\` was built in stage \`${r.stage}\` and needs \`${r.library}\` at start (it uses the C++ standard library, \`std::cout\`). \`${r.image}\` does not have it: \`g++\` brought it into the build stage, and the final stage starts again from a bare image.`,
        fix: r.package ? `Add \`RUN apk add --no-cache ${r.package}\` to the final stage, or link the program statically (\`cmake -DCMAKE_EXE_LINKER_FLAGS=-static ..\`).` : "Install the library in the final stage, or link the program statically.",
        lesson: lesson("copy-from"),
      };
    case "interpreter-missing":
      return { why: `\`${r.interpreter}\` is not on the PATH of \`${r.image}\`: the program needs its runtime in the final image, not only in the build stage.`, fix: r.interpreter === "java" ? "Start the final stage from a JRE image (`eclipse-temurin:21-jre`)." : `Start the final stage from an image with ${r.interpreter}.`, lesson: lesson("python-and-java") };
    case "jar-missing":
      return { why: r.wildcard ? `Exec form passes \`${r.jar}\` to java as it is: no shell expands the \`*\`, and no file has that name.` : `No file is at \`${r.jar}\` in the final image.`, fix: "Copy the JAR to a fixed name (`COPY --from=build /src/target/*.jar /app/app.jar`) and run that.", lesson: lesson("python-and-java") };
    case "node-module-missing":
      return r.module === "/bin/sh"
        ? { why: "The image's ENTRYPOINT is `node`, and a shell-form CMD becomes `/bin/sh -c …`: node is asked to run `/bin/sh` as its script.", fix: 'Write the CMD in exec form: `CMD ["server.js"]`.', lesson: lesson("nodejs") }
        : { why: `\`${r.script}\` requires \`${r.module}\`, and no \`node_modules\` folder on its path holds it: the dependencies stayed in the build stage.`, fix: "Copy them too: `COPY --from=build /app/node_modules ./node_modules`.", lesson: lesson("nodejs") };
    case "venv-interpreter-missing":
      return { why: `The virtual environment's \`bin/python\` is a link to \`${r.target}\`, the interpreter of stage \`${r.stage}\`. \`${r.image}\` has no file there, so the link points nowhere.`, fix: "Run it on the same Python image the environment was made with (its `-slim` variant), or make the environment with the final image's interpreter.", lesson: lesson("python-and-java") };
    case "timezone-missing":
      return { why: `The program loads the time zone \`${r.zone}\` and exits on the error: \`${r.image}\` has no \`/usr/share/zoneinfo\` and the binary carries none.`, fix: "Build with `-tags timetzdata` (or import `time/tzdata`), or copy `/usr/share/zoneinfo` into the image.", lesson: lesson("smallest-runtimes") };
    case "starts":
      return { why: "", fix: null, lesson: null };
    default:
      return { why: needSentence(r), fix: null, lesson: null };
  }
}

/** What the model would need to know, as a sentence. */
function needSentence(r: RunReason): string {
  switch (r.kind) {
    case "unknown-command":
      return "The base image's own command is not in the catalog, so Stagecraft does not know what would run.";
    case "unknown-program":
      return `Stagecraft cannot tell whether \`${r.command}\` is in the image: the base image may have it, or a step wrote files the model cannot list.`;
    case "unknown-user":
      return `The base image's \`/etc/passwd\` is not known, so whether user \`${r.user}\` exists is unknown.`;
    case "unknown-linkage":
      return `How \`${r.command}\` was linked is not known${r.stage ? ` (stage \`${r.stage}\`'s compiler or sources are not known)` : ""}: a dynamic binary needs its C library's loader in the final image.`;
    case "unknown-libraries":
      return `Whether the final image has ${r.libraries.map((l) => `\`${l}\``).join(" and ")}, which \`${r.command}\` needs, is not known.`;
    case "unknown-sources":
      return `The build stage's sources are not in the build context; if \`${r.command}\` uses the C++ standard library it needs libstdc++ in the final image.`;
    case "unknown-glibc-library":
      return `\`${r.command}\` needs \`${r.library}\` and the image lacks it; glibc's loader would refuse to start it, but its exact words are not in Stagecraft's sourced table yet.`;
    case "unknown-permission":
      return `\`${r.command}\` is owned by root with no permission bits for others, and USER is \`${r.user}\`: whether the engine still lets it execute (Docker 25 and later keep CAP_DAC_OVERRIDE until exec) is not settled.`;
    case "unknown-shell-form":
      return `The shell-form command runs \`${r.command}\` through \`/bin/sh\`; what the shell prints when that fails is not in Stagecraft's sourced table.`;
    default:
      return "";
  }
}

function warningSentence(w: RunWarning): string {
  if (w.id === "warn-no-ca-certificates") return `It starts, but every HTTPS request fails with \`${w.message}\`: the image has no CA certificates.`;
  if (w.id === "warn-no-tzdata") return `It starts, but looking up a time zone fails with \`${w.message}\`: the image has no \`/usr/share/zoneinfo\`.`;
  return `\`${w.detail}\` runs as PID 1 and handles no SIGTERM: \`docker stop\` waits its 10 seconds, then kills the container (exit 137).`;
}

function sourceOf(id: string | null): string | null {
  const m = RUN_MESSAGES.find((x) => x.id === id);
  return m ? `${m.source.repo} ${m.source.path}` : null;
}

/** The panel's words for a simulation's verdict (or its stop). */
export function viewRun(run: RunVerdict | null, stop: BuildStop | null, tag: string | undefined): RunView | null {
  const command = `$ docker run --rm ${tag ?? "<image>"}`;
  if (stop) {
    const m = RUN_MESSAGES.find((x) => x.id === stop.messageId);
    const printed = `ERROR: failed to build: failed to solve: ${stop.error}`;
    const why = stop.unlessImageExists
      ? `\`--from=${stop.unlessImageExists}\` names no stage, so BuildKit pulls the image \`docker.io/library/${stop.unlessImageExists}:latest\`: the build fails here unless an image of that name exists.`
      : "`docker build` stops before there is an image to run; the steps after it are not reached.";
    return { command, outcome: "not-built", headline: "The build fails first: there is no image to run", output: null, printed, exitCode: m?.exitCode ?? 1, why, fix: null, lesson: null, warnings: [], rule: stop.messageId, source: sourceOf(stop.messageId) };
  }
  if (!run) return null;
  const warnings = run.warnings.map(warningSentence);
  if (run.verdict === "starts" && run.reason.kind === "starts") {
    const who = run.reason.user === "" || run.reason.user === "root" ? "root" : `user \`${run.reason.user}\``;
    const program = run.reason.program && run.reason.program.startsWith("/") ? run.reason.program : (run.reason.command[0] ?? "");
    return { command, outcome: "starts", headline: `Starts: runs \`${program}\` as ${who}`, output: run.reason.output, printed: null, exitCode: null, why: "Every file the command needs is in the final image: the program, its loader and the libraries it was built against.", fix: null, lesson: null, warnings, rule: null, source: null };
  }
  const { why, fix, lesson: link } = explain(run.reason);
  if (run.verdict === "unknown") {
    return { command, outcome: "unknown", headline: "Stagecraft cannot tell whether it starts", output: null, printed: null, exitCode: null, why: run.needs.map(needSentence).filter(Boolean).join(" ") || why, fix: null, lesson: null, warnings, rule: null, source: null };
  }
  const m = RUN_MESSAGES.find((x) => x.id === run.messageId);
  const printed = m?.wrapper ? m.wrapper.replace("{message}", run.message ?? "") : (run.message ?? "");
  return { command, outcome: "fails", headline: "Fails to start", output: null, printed, exitCode: run.exitCode, why, fix, lesson: link, warnings, rule: run.messageId, source: sourceOf(run.messageId) };
}

/** The Problems finding of a failing verdict, on the instruction to change, with its certain fix. */
export function runDiagnostic(run: RunVerdict | null, text: string): Diagnostic | null {
  if (!run || run.verdict !== "fails" || run.line === null) return null;
  const lines = text.split("\n");
  let fix: DiagnosticFix | undefined;
  if (run.fix) {
    const at = lines[run.fix.line - 1];
    if (at !== undefined && run.fix.kind === "insert-after") fix = { line: run.fix.line, startColumn: at.length + 1, endColumn: at.length + 1, replacement: `\n${run.fix.text}`, title: `Add \`${run.fix.text}\`` };
    if (at !== undefined && run.fix.kind === "exec-form") fix = { line: run.fix.line, startColumn: 1, endColumn: at.length + 1, replacement: run.fix.text, title: "Switch to exec form" };
  }
  return diagnostic("ContainerWouldNotStart", run.line, `docker run would fail: ${run.message ?? ""}`, fix);
}
