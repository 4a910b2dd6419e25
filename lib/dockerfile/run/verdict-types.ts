/** The `docker run` verdict as data (lib/workspace writes the sentences). */

/** Why the verdict is what it is. */
export type RunReason =
  | { kind: "no-command" }
  | { kind: "shell-missing"; image: string }
  | { kind: "program-missing"; command: string; path: string; workdir: string | null }
  | { kind: "not-on-path"; command: string; path: string }
  | { kind: "user-missing"; user: string }
  | { kind: "not-executable"; command: string; path: string; mode: string }
  /** A dynamic program whose loader the image lacks: built against `libc` in `stage`, run on an image with `imageLibc`. */
  | { kind: "loader-missing"; command: string; path: string; stage: string; libc: "glibc" | "musl"; imageLibc: "glibc" | "musl" | "none" | null; image: string }
  | { kind: "library-missing"; command: string; path: string; stage: string; library: string; package: string | null; image: string }
  | { kind: "interpreter-missing"; interpreter: "java" | "node" | "python"; image: string }
  | { kind: "jar-missing"; jar: string; wildcard: boolean }
  | { kind: "node-module-missing"; module: string; script: string }
  | { kind: "venv-interpreter-missing"; command: string; venv: string; target: string; stage: string; image: string }
  | { kind: "timezone-missing"; zone: string; image: string }
  | { kind: "starts"; command: string[]; user: string; program: string | null; output: string[] | null }
  | { kind: "unknown-command" }
  | { kind: "unknown-program"; command: string }
  | { kind: "unknown-user"; user: string }
  | { kind: "unknown-linkage"; command: string; stage: string | null }
  | { kind: "unknown-libraries"; command: string; stage: string; libraries: string[] }
  | { kind: "unknown-sources"; command: string; stage: string }
  | { kind: "unknown-glibc-library"; command: string; library: string }
  | { kind: "unknown-permission"; command: string; user: string }
  | { kind: "unknown-shell-form"; command: string };

/** A certain fix for the finding. */
export type RunFix =
  /** Insert a line after the final FROM (`RUN apk add --no-cache libstdc++`). */
  | { kind: "insert-after"; line: number; text: string }
  /** Replace the shell-form CMD/ENTRYPOINT with its exec form. */
  | { kind: "exec-form"; line: number; text: string };

/** A consequence that does not stop the start. */
export interface RunWarning {
  id: "warn-no-ca-certificates" | "warn-no-tzdata" | "warn-pid1-signals";
  /** The words the program prints later (`x509: certificate signed by unknown authority`), or null. */
  message: string | null;
  /** What it concerns: the zone, the PID 1 program. */
  detail: string | null;
}

/** The outcome of `docker run` for the final image. */
export interface RunVerdict {
  verdict: "starts" | "fails" | "unknown";
  /** For `fails`: the message id in ./messages and its text with the placeholders filled; else null. */
  messageId: string | null;
  message: string | null;
  /** The exit status `docker run` returns for `fails` (from the message table), else null. */
  exitCode: number | null;
  /** The main reason, and for `unknown` every piece the model lacks. */
  reason: RunReason;
  needs: RunReason[];
  /** 1-based line of the instruction to change (CMD, ENTRYPOINT, USER, the final FROM, a COPY --from), or null. */
  line: number | null;
  /** A certain fix, or null. */
  fix: RunFix | null;
  /** For `starts`: what goes wrong later without stopping the start. */
  warnings: RunWarning[];
}
