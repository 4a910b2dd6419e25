// Types, wrappers and upstream sources shared by the message tables (runtime-messages.ts,
// build-messages.ts).
//
// What Docker, runc, BuildKit, a program's loader or the program itself prints when an image
// does not build or its container does not start, each wording with its first-hand source.
//
// Pure data: the simulated `docker run` verdict and the simulated build look the words up here
// by `id`; nothing in this file decides when a message applies. How each entry was checked is
// written down in SOURCES.md beside this file.
//
// Versions: the wordings are those of Docker Engine 29.x (moby docker-v29.0.0), its CLI
// (docker/cli v29.0.0), the BuildKit it vendors (v0.25.x), buildx >= 0.25 and runc 1.3
// (runc 1.2 prints the same). Older stacks differ where `note` says so: runc 1.1 has no
// `error during container init: ` before a lookup error and exits 1 instead of 255 after a
// failed execve; buildx < 0.25 prints `ERROR: failed to solve: ` without `failed to build: `.

/** Where a wording comes from: one file at one commit. */
export interface MessageSource {
  /** GitHub owner/name, or "debian:<suite>/<package>=<version>" for a Debian package. */
  repo: string;
  /** Path of the file inside the repository. */
  path: string;
  /** The 40-hex commit (or the Debian package version) the quote was read at. */
  commit: string;
  /** A link to the file or line, when there is a stable one. */
  url?: string;
  /** The line(s) of the file that produce the words, copied as they stand. */
  quote?: string;
}

/** Real output quoted in a public issue, showing the wording as users saw it. */
export interface RealOutput {
  /** GitHub owner/name of the issue's repository. */
  repo: string;
  /** Issue or pull-request number with a leading "#". */
  issue: string;
  /** The output as quoted there (abridged with "…" only where marked). */
  quote: string;
}

/**
 * How sure the wording is:
 * - "observed": the exact wording appears in real output (`realOutput`) of a current stack;
 * - "reproduced": produced on this machine with the same program (version in `note`);
 * - "source": assembled from the source lines only; no real output of the whole line was found.
 */
export type Evidence = "observed" | "reproduced" | "source";

/** One message: the words, when they appear, and who prints them. */
export interface RunMessage {
  /** Stable id; bank cases (`__bank__/<case>/expected.json`, field `rule`) refer to it. */
  id: string;
  /** "build": printed by `docker build`; "run": printed by `docker run` or the container. */
  phase: "build" | "run";
  /** "error": the build or the start fails; "warning": it goes on, with a consequence. */
  kind: "error" | "warning";
  /** One line: the situation that produces the message. */
  when: string;
  /**
   * The distinctive words, with {placeholders}. null when nothing is printed and the effect is
   * behavioural only (see `note`).
   */
  template: string | null;
  /**
   * The text that surrounds `template` in what the user sees, with `{message}` where the
   * template goes; null when the words are printed as they are (by the container itself).
   */
  wrapper: string | null;
  /** For build messages: the step's own log line, printed under `> [stage n/m] RUN …:`. */
  logTemplate?: string;
  /** The exit status the user sees (`docker run`'s, or the build step's), null if none. */
  exitCode: number | null;
  /** How sure the wording is. */
  evidence: Evidence;
  /** The first-hand source of the words. */
  source: MessageSource;
  /** Further sources that the wording or the situation depends on. */
  alsoSources?: readonly MessageSource[];
  /** Real output quoted in a public issue. */
  realOutput?: RealOutput;
  /** Version differences and anything a reader must know to use the entry correctly. */
  note?: string;
}

/** Docker's prefix for an error returned while runc creates the container (lookup errors). */
export const RUNC_CREATE_WRAPPER =
  "docker: Error response from daemon: failed to create task for container: failed to create shim task: " +
  "OCI runtime create failed: runc create failed: unable to start container process: " +
  "error during container init: {message}\n\nRun 'docker run --help' for more information";

/** Docker's prefix for an error the daemon returns itself. */
export const DAEMON_WRAPPER = "docker: Error response from daemon: {message}\n\nRun 'docker run --help' for more information";

/** How `docker build` (buildx >= 0.25) prints the error that stops a build. */
export const BUILD_WRAPPER = "ERROR: failed to build: failed to solve: {message}";

export const RUNC = "opencontainers/runc";
/** runc v1.3.0, the runc line shipped with Docker 28/29. */
export const RUNC_V130 = "4ca628d1d4c974f92d24daccb901aa078aad748e";
export const MOBY = "moby/moby";
/** moby tag docker-v29.0.0. */
export const MOBY_V29 = "d105562beff448ae44d6e3a2f7738b235fd197b5";
export const CLI = "docker/cli";
/** docker/cli tag v29.0.0. */
export const CLI_V29 = "3d4129b9ea4fa263e57984428ad908f6a7d4b94f";
export const BUILDKIT = "moby/buildkit";
/** BuildKit tag v0.25.0 (Docker 29.0.0 vendors v0.25.2). */
export const BUILDKIT_V025 = "14d1ccb56dbc5e1748c73cda77af2a61a5c3603a";
export const BUILDX = "docker/buildx";
/** buildx tag v0.25.0, the first release that wraps every build error in "failed to build". */
export const BUILDX_V025 = "faaea65da4ba0e58a13cd9cadcb950c51cf3b3c9";

/** Where runc looks the command up, after it has switched to the user and the working dir. */
export const RUNC_LOOKPATH: MessageSource = {
  repo: RUNC,
  path: "libcontainer/standard_init_linux.go",
  commit: RUNC_V130,
  quote: "name, err := exec.LookPath(l.config.Args[0])\n\tif err != nil {\n\t\treturn err\n\t}",
};

/** Where runc ≥ 1.2 prefixes every error of runc init that reached the parent. */
export const RUNC_INIT_PREFIX: MessageSource = {
  repo: RUNC,
  path: "libcontainer/process_linux.go",
  commit: RUNC_V130,
  quote: 'return fmt.Errorf("error during container init: %w", ierr)',
};

/** Go's os/exec error type, whose Error() gives `exec: "<name>": <err>`. */
export const GO_EXEC_ERROR: MessageSource = {
  repo: "golang/go",
  path: "src/os/exec/exec.go",
  commit: "039680de16b532f18db7c53d1720429e277bd5cb",
  quote: 'return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error()',
};

/** Go's LookPath: a name with a slash is stat-ed; a bare name is searched on PATH. */
export const GO_LOOKPATH: MessageSource = {
  repo: "golang/go",
  path: "src/os/exec/lp_unix.go",
  commit: "2190b6bbe8dbd5ca64529562489997276f938d48",
  quote:
    'var ErrNotFound = errors.New("executable file not found in $PATH")\n…\nif strings.Contains(file, "/") {\n\t\terr := findExecutable(file)\n\t\tif err == nil {\n\t\t\treturn file, nil\n\t\t}\n\t\treturn "", &Error{file, err}\n\t}',
};

/** The CLI's exit status for a failed `docker run`. */
export const CLI_STATUS: MessageSource = {
  repo: CLI,
  path: "cli/command/container/run.go",
  commit: CLI_V29,
  quote:
    '// - 125: for generic failures sent back from the daemon\n// - 126: if container start fails with \'permission denied\' error\n// - 127: if container start fails with \'not found\'/\'no such\' error\n…\nreturn fmt.Errorf("docker: %w\\n\\nRun \'docker %s --help\' for more information", err, commandName)',
};

/** runc init's last resort after a failed execve: print the error on stderr, exit 255. */
export const RUNC_EXEC_FAILED: MessageSource = {
  repo: RUNC,
  path: "libcontainer/init_linux.go",
  commit: RUNC_V130,
  quote:
    "// If the error is returned, it was not communicated\n\t\t// back to the parent (which is not a common case),\n\t\t// so print it to stderr here as a last resort.\n…\n\t\tfmt.Fprintln(os.Stderr, err)\n\t}\n…\n\tos.Exit(255)",
};

/** The execve error type: Op "exec", Path the resolved command. */
export const RUNC_EXEC_PATHERROR: MessageSource = {
  repo: RUNC,
  path: "libcontainer/system/linux.go",
  commit: RUNC_V130,
  quote: 'return &os.PathError{Op: "exec", Path: cmd, Err: err}',
};

/** The kernel fails execve with ENOENT when the ELF interpreter named in PT_INTERP is absent. */
export const KERNEL_INTERP: MessageSource = {
  repo: "torvalds/linux",
  path: "fs/binfmt_elf.c",
  commit: "00c65c8a660bd5b5d4228137ff5be2654dd1840a",
  quote:
    "interpreter = open_exec(elf_interpreter);\n\t\t\tretval = PTR_ERR(interpreter);\n\t\t\tif (IS_ERR(interpreter))\n\t\t\t\tgoto out_free_interp;",
};

/** BuildKit's wrapping of a failed RUN. */
export const BUILDKIT_EXEC: MessageSource = {
  repo: BUILDKIT,
  path: "solver/llbsolver/ops/exec.go",
  commit: BUILDKIT_V025,
  quote: 'return results, errors.Wrapf(execErr, "process %q did not complete successfully", strings.Join(e.op.Meta.Args, " "))',
};

/** BuildKit's exit error text. */
export const BUILDKIT_EXIT: MessageSource = {
  repo: BUILDKIT,
  path: "frontend/gateway/pb/exit.go",
  commit: BUILDKIT_V025,
  quote: 'return fmt.Sprintf("exit code: %d", err.ExitCode)',
};

/** buildx: every error of the build is wrapped in "failed to build" (since v0.25.0). */
export const BUILDX_FAILED_TO_BUILD: MessageSource = {
  repo: BUILDX,
  path: "commands/build.go",
  commit: BUILDX_V025,
  quote: 'return nil, nil, errors.Wrapf(err, "failed to build")',
};

/** BuildKit's client: "failed to solve". */
export const BUILDKIT_FAILED_TO_SOLVE: MessageSource = {
  repo: BUILDKIT,
  path: "client/solve.go",
  commit: "73ed6825c4b7569379ef89df0aedcdbe64473d31",
  quote: 'return errors.Wrap(err, "failed to solve")',
};

/** BuildKit's "did you mean …?" suffix. */
export const BUILDKIT_SUGGEST: MessageSource = {
  repo: BUILDKIT,
  path: "util/suggest/error.go",
  commit: "73ed6825c4b7569379ef89df0aedcdbe64473d31",
  quote:
    'mindist := 3 // same as hcl\n…\nreturn e.err.Error() + " (did you mean " + e.match + "?)"',
};

