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
const RUNC_CREATE_WRAPPER =
  "docker: Error response from daemon: failed to create task for container: failed to create shim task: " +
  "OCI runtime create failed: runc create failed: unable to start container process: " +
  "error during container init: {message}\n\nRun 'docker run --help' for more information";

/** Docker's prefix for an error the daemon returns itself. */
const DAEMON_WRAPPER = "docker: Error response from daemon: {message}\n\nRun 'docker run --help' for more information";

/** How `docker build` (buildx >= 0.25) prints the error that stops a build. */
const BUILD_WRAPPER = "ERROR: failed to build: failed to solve: {message}";

const RUNC = "opencontainers/runc";
/** runc v1.3.0, the runc line shipped with Docker 28/29. */
const RUNC_V130 = "4ca628d1d4c974f92d24daccb901aa078aad748e";
const MOBY = "moby/moby";
/** moby tag docker-v29.0.0. */
const MOBY_V29 = "d105562beff448ae44d6e3a2f7738b235fd197b5";
const CLI = "docker/cli";
/** docker/cli tag v29.0.0. */
const CLI_V29 = "3d4129b9ea4fa263e57984428ad908f6a7d4b94f";
const BUILDKIT = "moby/buildkit";
/** BuildKit tag v0.25.0 (Docker 29.0.0 vendors v0.25.2). */
const BUILDKIT_V025 = "14d1ccb56dbc5e1748c73cda77af2a61a5c3603a";
const BUILDX = "docker/buildx";
/** buildx tag v0.25.0, the first release that wraps every build error in "failed to build". */
const BUILDX_V025 = "faaea65da4ba0e58a13cd9cadcb950c51cf3b3c9";

/** Where runc looks the command up, after it has switched to the user and the working dir. */
const RUNC_LOOKPATH: MessageSource = {
  repo: RUNC,
  path: "libcontainer/standard_init_linux.go",
  commit: RUNC_V130,
  quote: "name, err := exec.LookPath(l.config.Args[0])\n\tif err != nil {\n\t\treturn err\n\t}",
};

/** Where runc ≥ 1.2 prefixes every error of runc init that reached the parent. */
const RUNC_INIT_PREFIX: MessageSource = {
  repo: RUNC,
  path: "libcontainer/process_linux.go",
  commit: RUNC_V130,
  quote: 'return fmt.Errorf("error during container init: %w", ierr)',
};

/** Go's os/exec error type, whose Error() gives `exec: "<name>": <err>`. */
const GO_EXEC_ERROR: MessageSource = {
  repo: "golang/go",
  path: "src/os/exec/exec.go",
  commit: "039680de16b532f18db7c53d1720429e277bd5cb",
  quote: 'return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error()',
};

/** Go's LookPath: a name with a slash is stat-ed; a bare name is searched on PATH. */
const GO_LOOKPATH: MessageSource = {
  repo: "golang/go",
  path: "src/os/exec/lp_unix.go",
  commit: "2190b6bbe8dbd5ca64529562489997276f938d48",
  quote:
    'var ErrNotFound = errors.New("executable file not found in $PATH")\n…\nif strings.Contains(file, "/") {\n\t\terr := findExecutable(file)\n\t\tif err == nil {\n\t\t\treturn file, nil\n\t\t}\n\t\treturn "", &Error{file, err}\n\t}',
};

/** The CLI's exit status for a failed `docker run`. */
const CLI_STATUS: MessageSource = {
  repo: CLI,
  path: "cli/command/container/run.go",
  commit: CLI_V29,
  quote:
    '// - 125: for generic failures sent back from the daemon\n// - 126: if container start fails with \'permission denied\' error\n// - 127: if container start fails with \'not found\'/\'no such\' error\n…\nreturn fmt.Errorf("docker: %w\\n\\nRun \'docker %s --help\' for more information", err, commandName)',
};

/** runc init's last resort after a failed execve: print the error on stderr, exit 255. */
const RUNC_EXEC_FAILED: MessageSource = {
  repo: RUNC,
  path: "libcontainer/init_linux.go",
  commit: RUNC_V130,
  quote:
    "// If the error is returned, it was not communicated\n\t\t// back to the parent (which is not a common case),\n\t\t// so print it to stderr here as a last resort.\n…\n\t\tfmt.Fprintln(os.Stderr, err)\n\t}\n…\n\tos.Exit(255)",
};

/** The execve error type: Op "exec", Path the resolved command. */
const RUNC_EXEC_PATHERROR: MessageSource = {
  repo: RUNC,
  path: "libcontainer/system/linux.go",
  commit: RUNC_V130,
  quote: 'return &os.PathError{Op: "exec", Path: cmd, Err: err}',
};

/** The kernel fails execve with ENOENT when the ELF interpreter named in PT_INTERP is absent. */
const KERNEL_INTERP: MessageSource = {
  repo: "torvalds/linux",
  path: "fs/binfmt_elf.c",
  commit: "00c65c8a660bd5b5d4228137ff5be2654dd1840a",
  quote:
    "interpreter = open_exec(elf_interpreter);\n\t\t\tretval = PTR_ERR(interpreter);\n\t\t\tif (IS_ERR(interpreter))\n\t\t\t\tgoto out_free_interp;",
};

/** BuildKit's wrapping of a failed RUN. */
const BUILDKIT_EXEC: MessageSource = {
  repo: BUILDKIT,
  path: "solver/llbsolver/ops/exec.go",
  commit: BUILDKIT_V025,
  quote: 'return results, errors.Wrapf(execErr, "process %q did not complete successfully", strings.Join(e.op.Meta.Args, " "))',
};

/** BuildKit's exit error text. */
const BUILDKIT_EXIT: MessageSource = {
  repo: BUILDKIT,
  path: "frontend/gateway/pb/exit.go",
  commit: BUILDKIT_V025,
  quote: 'return fmt.Sprintf("exit code: %d", err.ExitCode)',
};

/** buildx: every error of the build is wrapped in "failed to build" (since v0.25.0). */
const BUILDX_FAILED_TO_BUILD: MessageSource = {
  repo: BUILDX,
  path: "commands/build.go",
  commit: BUILDX_V025,
  quote: 'return nil, nil, errors.Wrapf(err, "failed to build")',
};

/** BuildKit's client: "failed to solve". */
const BUILDKIT_FAILED_TO_SOLVE: MessageSource = {
  repo: BUILDKIT,
  path: "client/solve.go",
  commit: "73ed6825c4b7569379ef89df0aedcdbe64473d31",
  quote: 'return errors.Wrap(err, "failed to solve")',
};

/** BuildKit's "did you mean …?" suffix. */
const BUILDKIT_SUGGEST: MessageSource = {
  repo: BUILDKIT,
  path: "util/suggest/error.go",
  commit: "73ed6825c4b7569379ef89df0aedcdbe64473d31",
  quote:
    'mindist := 3 // same as hcl\n…\nreturn e.err.Error() + " (did you mean " + e.match + "?)"',
};

export const RUN_MESSAGES: readonly RunMessage[] = [
  // ---------------------------------------------------------------- the command itself
  {
    id: "program-missing",
    phase: "run",
    kind: "error",
    when: "The command is a path (it has a slash) and no file is at that path in the final image: never copied into the final stage, or copied to another folder.",
    template: 'exec: "{command}": stat {command}: no such file or directory',
    wrapper: RUNC_CREATE_WRAPPER,
    exitCode: 127,
    evidence: "observed",
    source: RUNC_LOOKPATH,
    alsoSources: [GO_LOOKPATH, GO_EXEC_ERROR, RUNC_INIT_PREFIX, CLI_STATUS],
    realOutput: {
      repo: "ducmthai/vpn-as-a-container",
      issue: "#4",
      quote:
        'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/init": stat /init: no such file or directory: unknown',
    },
    note: "Some containerd versions append ': unknown' to the whole line (seen in the quote above; absent in luksa/kubernetes-in-action-2nd-edition#35, 2025). runc 1.1 prints no 'error during container init: '.",
  },
  {
    id: "relative-command-workdir",
    phase: "run",
    kind: "error",
    when: "The command is a relative path (./hello) and the final stage's WORKDIR is not the folder the program was copied to; runc resolves it after changing to WORKDIR.",
    template: 'exec: "{command}": stat {command}: no such file or directory',
    wrapper: RUNC_CREATE_WRAPPER,
    exitCode: 127,
    evidence: "observed",
    source: RUNC_LOOKPATH,
    alsoSources: [
      {
        repo: RUNC,
        path: "libcontainer/standard_init_linux.go",
        commit: RUNC_V130,
        quote: "if err := finalizeNamespace(l.config); err != nil {",
      },
      GO_LOOKPATH,
      GO_EXEC_ERROR,
    ],
    realOutput: {
      repo: "cri-o/cri-o",
      issue: "#9136",
      quote:
        'runc create failed: unable to start container process: error during container init: exec: \\"./health-inspection-agent\\": stat ./health-inspection-agent: no such file or directory',
    },
    note: "The quote is runc's own log line (quotes escaped) under CRI-O; Docker prints the same words unescaped, e.g. whyour/qinglong#2567 (runc 1.1, without 'error during container init: '): 'exec: \"./docker/docker-entrypoint.sh\": stat ./docker/docker-entrypoint.sh: no such file or directory: unknown.'",
  },
  {
    id: "not-on-path",
    phase: "run",
    kind: "error",
    when: "The command is a bare name (no slash) and no directory of the image's PATH holds an executable of that name.",
    template: 'exec: "{command}": executable file not found in $PATH',
    wrapper: RUNC_CREATE_WRAPPER,
    exitCode: 127,
    evidence: "observed",
    source: GO_LOOKPATH,
    alsoSources: [
      RUNC_LOOKPATH,
      GO_EXEC_ERROR,
      {
        repo: BUILDKIT,
        path: "util/system/path.go",
        commit: "73ed6825c4b7569379ef89df0aedcdbe64473d31",
        quote: 'const DefaultPathEnvUnix = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"',
      },
    ],
    realOutput: {
      repo: "UNITRONIX/BetterDesk",
      issue: "#12",
      quote:
        'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "sh": executable file not found in $PATH',
    },
    note: "An image built FROM scratch gets BuildKit's default PATH (dockerfile2llb/image.go), so /usr/local/bin is searched even on scratch.",
  },
  {
    id: "shell-form-without-shell",
    phase: "run",
    kind: "error",
    when: "CMD or ENTRYPOINT in shell form (`CMD ./hello`) on an image without /bin/sh (scratch, distroless): BuildKit stores it as [\"/bin/sh\", \"-c\", …].",
    template: 'exec: "/bin/sh": stat /bin/sh: no such file or directory',
    wrapper: RUNC_CREATE_WRAPPER,
    exitCode: 127,
    evidence: "observed",
    source: {
      repo: BUILDKIT,
      path: "frontend/dockerfile/dockerfile2llb/defaultshell.go",
      commit: "73ed6825c4b7569379ef89df0aedcdbe64473d31",
      quote: 'return []string{"/bin/sh", "-c"}',
    },
    alsoSources: [
      RUNC_LOOKPATH,
      GO_LOOKPATH,
      {
        repo: "GoogleContainerTools/distroless",
        path: "README.md",
        commit: "cd080764af3103b2f49fb5eb23297c72c945e77a",
        quote:
          "Note that distroless images by default do not contain a shell.\nThat means the Dockerfile `ENTRYPOINT` command, when defined, must be specified in `vector` form, to avoid the container runtime prefixing with a shell.",
      },
    ],
    realOutput: {
      repo: "Rickitywrekked/Mesh_Dash",
      issue: "#2",
      quote:
        '0.153 runc run failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory',
    },
    note: "The quote is the same lookup failing for a RUN at build time (runc 1.2+ wording); for docker run the words sit in RUNC_CREATE_WRAPPER. Pre-1.1 output in eddycjy/go-gin-example#90.",
  },
  {
    id: "node-entrypoint-shell-form",
    phase: "run",
    kind: "error",
    when: "An image whose ENTRYPOINT is node in exec form (distroless nodejs: [\"/nodejs/bin/node\"]) gets a shell-form CMD: node is asked to run /bin/sh as its script.",
    template: "Error: Cannot find module '/bin/sh'",
    wrapper: null,
    exitCode: 1,
    evidence: "reproduced",
    source: {
      repo: "nodejs/node",
      path: "lib/internal/modules/cjs/loader.js",
      commit: "0006156e3e5591564d2812b0c6bdff546c22b3c5",
      quote: "let message = `Cannot find module '${request}'`;",
    },
    alsoSources: [
      {
        repo: "GoogleContainerTools/distroless",
        path: "nodejs/nodejs.bzl",
        commit: "cd080764af3103b2f49fb5eb23297c72c945e77a",
        quote: 'entrypoint = ["/nodejs/bin/node"],',
      },
    ],
    note: "Reproduced with Node 20.20.2: `node /tmp/nodet/missing.js` prints 'Error: Cannot find module '/tmp/nodet/missing.js''. The line is preceded by node's own 'node:internal/modules/cjs/loader:…' header and followed by a stack.",
  },
  {
    id: "no-command",
    phase: "run",
    kind: "error",
    when: "Neither the final stage nor its base image sets CMD or ENTRYPOINT (FROM scratch without either), and docker run names no command.",
    template: "no command specified",
    wrapper: DAEMON_WRAPPER,
    exitCode: 125,
    evidence: "observed",
    source: {
      repo: MOBY,
      path: "daemon/create.go",
      commit: MOBY_V29,
      quote: 'if len(config.Entrypoint) == 0 && len(config.Cmd) == 0 {\n\t\treturn errors.New("no command specified")\n\t}',
    },
    alsoSources: [CLI_STATUS],
    realOutput: {
      repo: "frostyard/intuneme",
      issue: "#51",
      quote: "Docker create failed: exit status 1 Error response from daemon: no command specified",
    },
    note: "Docker 29.3.0 in the quote. Old engines capitalised it: 'No command specified.'",
  },

  // ---------------------------------------------------------------- loader and libraries
  {
    id: "loader-missing",
    phase: "run",
    kind: "error",
    when: "The program file is there but the loader it names is not: a glibc binary (/lib64/ld-linux-x86-64.so.2) on Alpine or scratch, a musl dynamic binary (/lib/ld-musl-x86_64.so.1) on scratch, a script whose #! interpreter is missing.",
    template: "exec {command}: no such file or directory",
    wrapper: null,
    exitCode: 255,
    evidence: "observed",
    source: RUNC_EXEC_FAILED,
    alsoSources: [RUNC_EXEC_PATHERROR, KERNEL_INTERP, {
      repo: RUNC,
      path: "tests/integration/run.bats",
      commit: RUNC_V130,
      quote: '[[ ${lines[0]} = "exec /run.sh: no such file or directory" ]]',
    }],
    realOutput: {
      repo: "mattn/go-sqlite3",
      issue: "#1087",
      quote: "exec /go/src/{my_binary_name}: no such file or directory",
    },
    note: "{command} is the path runc executed: as written when it has a slash (./hello), the PATH match otherwise (/usr/local/bin/hello). Printed by runc init on the container's stderr after the container was created, so there is no 'Error response from daemon' around it; runc >= 1.2 exits 255 (runc 1.1: 1). Reproduced: chroot into a folder with only /bin/true gives ENOENT. Also nodejs/docker-node#1814: 'exec /usr/local/bin/docker-entrypoint.sh: no such file or directory'.",
  },
  {
    id: "musl-missing-library",
    phase: "run",
    kind: "error",
    when: "A musl (Alpine) dynamic binary needs a shared library the final image lacks: libstdc++.so.6 (and libgcc_s.so.1) for a C++ program using iostream on bare alpine.",
    template: "Error loading shared library {library}: No such file or directory (needed by {command})",
    wrapper: null,
    exitCode: 127,
    evidence: "reproduced",
    source: {
      repo: "bminor/musl",
      path: "ldso/dynlink.c",
      commit: "86373b4999bfd9a9379bc4a3ca877b1c80a2a340",
      quote:
        'error("Error loading shared library %s: %m (needed by %s)",\n\t\t\t\tp->strings + p->dynv[i+1], p->name);\n…\n\tif (ldso_fail) _exit(127);',
    },
    alsoSources: [
      {
        repo: "bminor/musl",
        path: "ldso/dynlink.c",
        commit: "86373b4999bfd9a9379bc4a3ca877b1c80a2a340",
        quote: "app.name = (char *)aux[AT_EXECFN];",
      },
    ],
    note: "Reproduced with Debian's musl 1.2.3-1: 'Error loading shared library libfoo.so: No such file or directory (needed by ./hello)', then one 'Error relocating ./hello: <symbol>: symbol not found' line per missing symbol, exit 127. {command} is the path passed to execve (./hello for CMD [\"./hello\"]).",
  },

  // ---------------------------------------------------------------- interpreted programs
  {
    id: "node-module-missing",
    phase: "run",
    kind: "error",
    when: "A Node program requires a package whose node_modules folder stayed in the build stage.",
    template: "Error: Cannot find module '{module}'",
    wrapper: null,
    exitCode: 1,
    evidence: "reproduced",
    source: {
      repo: "nodejs/node",
      path: "lib/internal/modules/cjs/loader.js",
      commit: "0006156e3e5591564d2812b0c6bdff546c22b3c5",
      quote:
        "let message = `Cannot find module '${request}'`;\n  if (requireStack.length > 0) {\n    message = message + '\\nRequire stack:\\n- ' +\n              ArrayPrototypeJoin(requireStack, '\\n- ');\n  }",
    },
    note: "Reproduced with Node 20.20.2 (server.js requiring express, no node_modules): 'Error: Cannot find module 'express'' then 'Require stack:' and '- /tmp/nodet/server.js'; exit 1.",
  },
  {
    id: "venv-interpreter-missing",
    phase: "run",
    kind: "error",
    when: "The command is the venv's own python (/venv/bin/python) and the venv was copied to an image where the interpreter its symlink points to (/usr/local/bin/python on the python images) does not exist: distroless python3 (/usr/bin/python3.x), alpine without python.",
    template: 'exec: "{command}": stat {command}: no such file or directory',
    wrapper: RUNC_CREATE_WRAPPER,
    exitCode: 127,
    evidence: "source",
    source: {
      repo: "GoogleContainerTools/distroless",
      path: "python3/README.md",
      commit: "cd080764af3103b2f49fb5eb23297c72c945e77a",
      quote:
        "When building virtual environments, note that the distroless Python path is `/usr/bin/python`. To ensure that your\nvirtual environment's internal links are correct, your build environment should match this path.",
    },
    alsoSources: [
      RUNC_LOOKPATH,
      GO_LOOKPATH,
      {
        repo: "python/cpython",
        path: "Lib/venv/__init__.py",
        commit: "23736701079387fb8caf3b32bbbd2011cd7632d8",
        quote: "copier(context.executable, path)",
      },
    ],
    note: "Go's LookPath stat()s through the symlink, so a dangling /venv/bin/python is 'no such file or directory' before anything runs. Reproduced on this machine that `python3 -m venv` makes bin/python3 an absolute symlink to the creating interpreter.",
  },
  {
    id: "venv-script-interpreter-missing",
    phase: "run",
    kind: "error",
    when: "The command is a console script of the venv (/venv/bin/flask, gunicorn) whose #! line names the venv's python, and that python's symlink points nowhere in the final image.",
    template: "exec {command}: no such file or directory",
    wrapper: null,
    exitCode: 255,
    evidence: "source",
    source: RUNC_EXEC_FAILED,
    alsoSources: [
      RUNC_EXEC_PATHERROR,
      {
        repo: RUNC,
        path: "tests/integration/run.bats",
        commit: RUNC_V130,
        quote: '#!/mmnnttbb foo bar\n…\n[[ ${lines[0]} = "exec /run.sh: no such file or directory" ]]',
      },
    ],
    note: "Same mechanism as loader-missing: the script exists (LookPath passes), execve fails with ENOENT on the missing #! interpreter.",
  },
  {
    id: "jre-missing",
    phase: "run",
    kind: "error",
    when: "CMD/ENTRYPOINT runs java (bare name) on an image without a Java runtime on PATH.",
    template: 'exec: "java": executable file not found in $PATH',
    wrapper: RUNC_CREATE_WRAPPER,
    exitCode: 127,
    evidence: "observed",
    source: GO_LOOKPATH,
    alsoSources: [RUNC_LOOKPATH, GO_EXEC_ERROR],
    note: "The words are Go's ErrNotFound, seen in real output under not-on-path; the distroless java images put java at /usr/bin/java, eclipse-temurin at /opt/java/openjdk/bin (on PATH).",
  },
  {
    id: "jar-missing",
    phase: "run",
    kind: "error",
    when: "java -jar names a JAR path that is not in the final image (copied elsewhere, or not copied).",
    template: "Error: Unable to access jarfile {jar}",
    wrapper: null,
    exitCode: 1,
    evidence: "source",
    source: {
      repo: "openjdk/jdk",
      path: "src/java.base/share/native/libjli/emessages.h",
      commit: "0a0b56eba470ce474eb9f18ff153d77c01264696",
      quote: '#define JAR_ERROR2      "Error: Unable to access jarfile %s"',
    },
    note: "The exit status 1 is the java launcher's usual failure status; not checked in the launcher's source.",
  },

  // ---------------------------------------------------------------- the user
  {
    id: "user-not-found",
    phase: "run",
    kind: "error",
    when: "USER names a user that the final image's /etc/passwd does not define (or the image has no /etc/passwd, as scratch). A numeric USER needs no entry.",
    template: "unable to find user {user}: no matching entries in passwd file",
    wrapper: DAEMON_WRAPPER,
    exitCode: 125,
    evidence: "observed",
    source: {
      repo: MOBY,
      path: "vendor/github.com/moby/sys/user/user.go",
      commit: MOBY_V29,
      quote:
        '// If we can\'t find a user with the given username, the only other valid\n\t\t// option is if it\'s a numeric username with no associated entry in passwd.\n\n\t\tif !isUID {\n\t\t\t// Not numeric.\n\t\t\treturn nil, fmt.Errorf("unable to find user %s: %w", userArg, ErrNoPasswdEntries)',
    },
    alsoSources: [
      {
        repo: "moby/sys",
        path: "user/user.go",
        commit: "d7c3b9ed55ae8615532b1310d4c56a94ea1e895d",
        quote: 'ErrNoPasswdEntries = errors.New("no matching entries in passwd file")',
      },
      {
        repo: MOBY,
        path: "daemon/oci_linux.go",
        commit: MOBY_V29,
        quote: "execUser, err := user.GetExecUserPath(username, nil, passwdPath, groupPath)",
      },
    ],
    realOutput: {
      repo: "crossplane-contrib/function-shell",
      issue: "#24",
      quote: "docker: Error response from daemon: unable to find user nonroot: no matching entries in passwd file.",
    },
    note: "The daemon resolves USER while building the OCI spec, before runc runs (daemon/start.go wraps it as a system error). Older CLIs end the line with '.'; the current one adds the help line instead.",
  },
  {
    id: "exec-permission-denied",
    phase: "run",
    kind: "error",
    when: "The program file has no execute bit at all (copied with mode 0644, or a script without chmod +x); Go's LookPath asks the kernel for X_OK and gets EACCES.",
    template: 'exec: "{command}": permission denied',
    wrapper: RUNC_CREATE_WRAPPER,
    exitCode: 126,
    evidence: "observed",
    source: {
      repo: "golang/go",
      path: "src/os/exec/lp_unix.go",
      commit: "2190b6bbe8dbd5ca64529562489997276f938d48",
      quote: "if m := d.Mode(); !m.IsDir() && m&0111 != 0 {\n\t\treturn nil\n\t}\n\treturn fs.ErrPermission",
    },
    alsoSources: [RUNC_LOOKPATH, GO_EXEC_ERROR, CLI_STATUS],
    realOutput: {
      repo: "luksa/kubernetes-in-action-2nd-edition",
      issue: "#35",
      quote:
        'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/docker_entrypoint.sh": permission denied\n\nRun \'docker run --help\' for more information',
    },
    note: "The Go source quoted is an older lp_unix.go; since Go 1.20 findExecutable calls unix.Eaccess(file, unix.X_OK) first and falls back to these mode bits only on ENOSYS/EPERM (runc commit a1e87f8d 'libct: rm eaccess' relies on it). Whether a NON-ROOT user is refused a root-owned 0700 program is not settled here: since moby 3aef732e (Docker 25) runc init keeps Docker's default capabilities, CAP_DAC_OVERRIDE included, until execve, and the kernel lets CAP_DAC_OVERRIDE execute a file with at least one x bit; no real output of that case was found.",
  },

  // ---------------------------------------------------------------- programs that fail on their own
  {
    id: "tz-unknown",
    phase: "run",
    kind: "error",
    when: "A Go program calls time.LoadLocation and exits on its error, on an image without /usr/share/zoneinfo and a binary built without -tags timetzdata.",
    template: "unknown time zone {zone}",
    wrapper: null,
    exitCode: 1,
    evidence: "source",
    source: {
      repo: "golang/go",
      path: "src/time/zoneinfo_read.go",
      commit: "78e000aebaa5915b49ff07a3cefbdc254bdc52b0",
      quote: 'return nil, errors.New("unknown time zone " + name)',
    },
    note: "The words are inside whatever the program prints (the course's main.go: log.Fatalf(\"loading the time zone: %v\", err), so 'YYYY/MM/DD hh:mm:ss loading the time zone: unknown time zone Europe/Vienna' and exit 1, log.Fatal's status).",
  },

  // ---------------------------------------------------------------- warnings: it starts
  {
    id: "warn-no-ca-certificates",
    phase: "run",
    kind: "warning",
    when: "The program makes TLS calls and the final image has no CA bundle (scratch without /etc/ssl/certs/ca-certificates.crt): it starts, and each HTTPS request fails.",
    template: "x509: certificate signed by unknown authority",
    wrapper: null,
    exitCode: null,
    evidence: "source",
    source: {
      repo: "golang/go",
      path: "src/crypto/x509/verify.go",
      commit: "0184fe5ece4f84fda9db04d2472b76efcaa8ef55",
      quote: 's := "x509: certificate signed by unknown authority"',
    },
    alsoSources: [
      {
        repo: "golang/go",
        path: "src/crypto/x509/root_unix.go",
        commit: "7926af0ddbd70675dce43aeedfff21353d5d54c2",
        quote:
          "if firstErr == nil && !os.IsNotExist(err) {\n\t\t\tfirstErr = err\n\t\t}\n…\n\tif len(roots.certs) > 0 || firstErr == nil {\n\t\treturn roots, nil\n\t}",
      },
    ],
    note: "Missing cert files are not an error to Go: the pool is empty and verification fails with this text (Go >= 1.20 prefixes 'tls: failed to verify certificate: '). Other runtimes print their own words.",
  },
  {
    id: "warn-no-tzdata",
    phase: "run",
    kind: "warning",
    when: "The program looks up named time zones and the final image has no /usr/share/zoneinfo (scratch, or Alpine without tzdata) and the binary embeds none: it starts; each lookup fails.",
    template: "unknown time zone {zone}",
    wrapper: null,
    exitCode: null,
    evidence: "source",
    source: {
      repo: "golang/go",
      path: "src/time/zoneinfo_read.go",
      commit: "78e000aebaa5915b49ff07a3cefbdc254bdc52b0",
      quote: 'return nil, errors.New("unknown time zone " + name)',
    },
    note: "distroless static and base ship tzdata; `go build -tags timetzdata` (or import time/tzdata) embeds it.",
  },
  {
    id: "warn-pid1-signals",
    phase: "run",
    kind: "warning",
    when: "PID 1 of the container installs no SIGTERM handler: a shell-form CMD under dash (Debian, Ubuntu) keeps /bin/sh as PID 1, and node or python started directly as PID 1 handle no SIGTERM. docker stop then waits its 10 s and kills.",
    template: null,
    wrapper: null,
    exitCode: 137,
    evidence: "source",
    source: {
      repo: BUILDKIT,
      path: "frontend/dockerfile/docs/reference.md",
      commit: "73ed6825c4b7569379ef89df0aedcdbe64473d31",
      quote:
        "It also starts your `ENTRYPOINT` as a subcommand of `/bin/sh -c`,\nwhich does not pass signals. This means that the executable will not be the\ncontainer's `PID 1`, and will not receive Unix signals.",
    },
    alsoSources: [
      {
        repo: MOBY,
        path: "daemon/config/config_linux.go",
        commit: MOBY_V29,
        quote: "defaultStopTimeout = 10",
      },
      {
        repo: "nodejs/docker-node",
        path: "docs/BestPractices.md",
        commit: "7de353256a35856c788b37c1826331dbba5f0785",
        quote:
          "Node.js was not designed to run as PID 1 which leads to unexpected behaviour when running inside of Docker.",
      },
    ],
    note: "Nothing is printed; the exit status after docker stop is 137 (SIGKILL). Checked on this machine: dash 0.5.12-2 (debian:bookworm-slim's) stays the parent of `sh -c \"sleep 3\"` and of `sh -c \"cd /tmp && sleep 3\"`, while BusyBox 1.35 ash execs the last command, so on Alpine a shell-form CMD of one command makes the program PID 1 itself, contrary to the reference's general sentence. Go programs install their own SIGTERM handling and exit.",
  },

  // ---------------------------------------------------------------- the build
  {
    id: "build-parse-error",
    phase: "build",
    kind: "error",
    when: "A line starts with a word that is no Dockerfile instruction (FORM alpine:latest): the build stops right after '[internal] load build definition', before any stage runs.",
    template: "dockerfile parse error on line {line}: unknown instruction: {instruction} (did you mean {suggestion}?)",
    wrapper: BUILD_WRAPPER,
    exitCode: 1,
    evidence: "observed",
    source: {
      repo: BUILDKIT,
      path: "frontend/dockerfile/instructions/parse.go",
      commit: BUILDKIT_V025,
      quote:
        'return nil, suggest.WrapError(&UnknownInstructionError{Instruction: node.Value, Line: node.StartLine}, node.Value, allInstructionNames(), false)\n…\nreturn fmt.Sprintf("unknown instruction: %s", e.Instruction)\n…\nreturn fmt.Sprintf("dockerfile parse error on line %d: %v", e.node.StartLine, e.inner.Error())',
    },
    alsoSources: [
      BUILDKIT_SUGGEST,
      {
        repo: BUILDKIT,
        path: "frontend/dockerfile/dockerfile_cmd_test.go",
        commit: "73ed6825c4b7569379ef89df0aedcdbe64473d31",
        quote: 'require.Contains(t, err.Error(), "unknown instruction: FNTRYPOINT")\n\trequire.Contains(t, err.Error(), "did you mean ENTRYPOINT?")',
      },
      BUILDKIT_FAILED_TO_SOLVE,
      BUILDX_FAILED_TO_BUILD,
    ],
    realOutput: {
      repo: "difx/difx",
      issue: "#103",
      quote: "ERROR: failed to solve: dockerfile parse error on line 40: unknown instruction: [oneAPI]",
    },
    note: "The ' (did you mean …?)' part appears only when an instruction name is within Levenshtein distance 2 (case-insensitive; the suggestion takes the case of what was typed: FORM -> FROM). The quote is buildx < 0.25 (no 'failed to build: ').",
  },
  {
    id: "build-image-not-found",
    phase: "build",
    kind: "error",
    when: "COPY --from=<name> or FROM <name> names no stage of the Dockerfile, so BuildKit resolves docker.io/library/<name>:latest, and no such image exists (a typo such as --from=biuld).",
    template:
      "{name}: failed to resolve source metadata for docker.io/library/{name}:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
    wrapper: BUILD_WRAPPER,
    exitCode: 1,
    evidence: "observed",
    source: {
      repo: BUILDKIT,
      path: "frontend/dockerfile/dockerfile2llb/convert.go",
      commit: BUILDKIT_V025,
      quote:
        "return suggest.WrapError(errors.Wrap(err, origName), origName, append(allDispatchStates.names(), commonImageNames()...), true)",
    },
    alsoSources: [
      {
        repo: BUILDKIT,
        path: "client/llb/sourceresolver/imageresolver.go",
        commit: BUILDKIT_V025,
        quote: 'return "", "", nil, errors.Wrapf(err, "failed to resolve source metadata for %s", ref)',
      },
      {
        repo: "containerd/containerd",
        path: "core/remotes/docker/resolver.go",
        commit: "301026e58c619e63d09c0ec411012e54c0124b03",
        quote: 'err = fmt.Errorf("pull access denied, repository does not exist or may require authorization: %w", err)',
      },
      {
        repo: "containerd/containerd",
        path: "core/remotes/docker/authorizer.go",
        commit: "301026e58c619e63d09c0ec411012e54c0124b03",
        quote: 'return retry, fmt.Errorf("server message: %s: %w", errStr, ErrInvalidAuthorization)',
      },
      BUILDKIT_SUGGEST,
    ],
    realOutput: {
      repo: "zhaarey/wrapper",
      issue: "#33",
      quote:
        " => ERROR [internal] load metadata for docker.io/library/builder:latest\n…\nERROR: failed to solve: builder: failed to resolve source metadata for docker.io/library/builder:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
    },
    note: "'insufficient_scope' is Docker Hub's word for a repository that does not exist. When a stage name is within distance 2 (case-sensitive) BuildKit appends ' (did you mean <stage>?)' to the whole line, e.g. '… authorization failed (did you mean build?)' for --from=biuld next to a stage 'build' (from the source; not seen in real output). The failing step is '[internal] load metadata for docker.io/library/<name>:latest'.",
  },
  {
    id: "build-run-no-shell",
    phase: "build",
    kind: "error",
    when: "A shell-form RUN in a stage without /bin/sh (FROM scratch, distroless): runc cannot find the shell, the step fails.",
    template: 'process "/bin/sh -c {command}" did not complete successfully: exit code: 1',
    wrapper: BUILD_WRAPPER,
    logTemplate:
      'runc run failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory',
    exitCode: 1,
    evidence: "source",
    source: BUILDKIT_EXEC,
    alsoSources: [
      BUILDKIT_EXIT,
      {
        repo: BUILDKIT,
        path: "executor/runcexecutor/executor.go",
        commit: BUILDKIT_V025,
        quote:
          "var runcExitError *runc.ExitError\n\t\tif errors.As(err, &runcExitError) {\n\t\t\texitErr = &gatewayapi.ExitError{ExitCode: uint32(runcExitError.Status)}",
      },
      {
        repo: RUNC,
        path: "run.go",
        commit: RUNC_V130,
        quote: 'return fmt.Errorf("runc run failed: %w", err)',
      },
      {
        repo: RUNC,
        path: "utils.go",
        commit: RUNC_V130,
        quote: "func fatal(err error) {\n\tfatalWithCode(err, 1)\n}",
      },
    ],
    realOutput: {
      repo: "Rickitywrekked/Mesh_Dash",
      issue: "#2",
      quote:
        ' => ERROR [stage-1 5/5] RUN chmod +x mesh_listen.py\n------\n > [stage-1 5/5] RUN chmod +x mesh_listen.py:\n0.153 runc run failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory\n------',
    },
    note: "The log line is observed (quote). The final 'exit code: 1' is assembled from the sources: runc run fails and exits 1 through fatal(), go-runc reports ExitError{1}, BuildKit keeps only the status. {command} is the RUN text after line continuations are joined.",
  },
  {
    id: "build-command-not-found-busybox",
    phase: "build",
    kind: "error",
    when: "A shell-form RUN on an Alpine-based stage (BusyBox ash as /bin/sh) calls a program the stage does not have (apt-get on alpine).",
    template: 'process "/bin/sh -c {command}" did not complete successfully: exit code: 127',
    wrapper: BUILD_WRAPPER,
    logTemplate: "/bin/sh: {program}: not found",
    exitCode: 127,
    evidence: "observed",
    source: {
      repo: "mirror/busybox",
      path: "shell/ash.c",
      commit: "371fe9f71d445d18be28c82a2a6d82115c8af19d",
      quote:
        'fprintf(stderr, "%s: ", arg0);\n\tif (commandname) {\n…\n\t\tash_msg("%s: %s", name, errmsg(e, "not found"));',
    },
    alsoSources: [BUILDKIT_EXEC, BUILDKIT_EXIT, BUILDX_FAILED_TO_BUILD],
    realOutput: {
      repo: "pemtajo/badge-readme",
      issue: "#34",
      quote:
        '0.102 /bin/sh: apt-get: not found\n…\nERROR: failed to build: failed to solve: process "/bin/sh -c apt-get update && apt-get install -y     wget     curl     unzip     gnupg2     && rm -rf /var/lib/apt/lists/*" did not complete successfully: exit code: 127',
    },
    note: "With `sh -c` and no script file, ash's commandname stays unset, so no 'line N: ' appears. Reproduced with BusyBox 1.35.0 (Debian): '/tmp/bbt/sh: apk: not found', exit 127 (arg0 is the path the shell was started as; BuildKit starts /bin/sh). The quote shows BuildKit keeping the spaces left by joined continuation lines.",
  },
  {
    id: "build-command-not-found-dash",
    phase: "build",
    kind: "error",
    when: "A shell-form RUN on a Debian- or Ubuntu-based stage (dash as /bin/sh) calls a program the stage does not have (apk on debian).",
    template: 'process "/bin/sh -c {command}" did not complete successfully: exit code: 127',
    wrapper: BUILD_WRAPPER,
    logTemplate: "/bin/sh: 1: {program}: not found",
    exitCode: 127,
    evidence: "reproduced",
    source: {
      repo: "debian:bookworm/dash",
      path: "/usr/bin/dash",
      commit: "0.5.12-2",
      quote: "/bin/sh: 1: apk: not found",
    },
    alsoSources: [BUILDKIT_EXEC, BUILDKIT_EXIT, BUILDX_FAILED_TO_BUILD],
    realOutput: {
      repo: "10up/wpcs-action",
      issue: "#19",
      quote:
        "/bin/sh: 1: apk: not found\n  The command '/bin/sh -c apk update &&     apk upgrade &&     apk add git' returned a non-zero code: 127",
    },
    note: "The source is the program itself: dash 0.5.12-2 (the version debian:bookworm-slim ships, repo-info repos/debian/local/bookworm-slim.md) run here as `exec -a /bin/sh dash -c 'apk add --no-cache curl'` printed '/bin/sh: 1: apk: not found', exit 127. The real output is the legacy builder's; the BuildKit line around it is the same as for busybox.",
  },
];
