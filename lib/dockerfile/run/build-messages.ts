/** What the build prints when BuildKit stops: the parse error, a missing image, a RUN whose program is not there. */
import { BUILDKIT, BUILDKIT_EXEC, BUILDKIT_EXIT, BUILDKIT_FAILED_TO_SOLVE, BUILDKIT_SUGGEST, BUILDKIT_V025, BUILDX_FAILED_TO_BUILD, BUILD_WRAPPER, RUNC, RUNC_V130, type RunMessage } from "./message-sources";

export const BUILD_MESSAGES: readonly RunMessage[] = [
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
  {
    id: "build-copy-source-missing",
    phase: "build",
    kind: "error",
    when: "COPY --from=<stage> names a path the stage does not have (the binary is at /app/build/hello, the COPY asks for /app/hello; a relative source, read from the stage's root, not its WORKDIR).",
    template: 'failed to compute cache key: failed to calculate checksum of ref {ref}: "{path}": not found',
    wrapper: BUILD_WRAPPER,
    exitCode: 1,
    evidence: "observed",
    source: {
      repo: BUILDKIT,
      path: "solver/llbsolver/ops/opsutils/contenthash.go",
      commit: BUILDKIT_V025,
      quote: 'return errors.Wrapf(err, "failed to calculate checksum of ref %s", ref.ID())',
    },
    alsoSources: [BUILDKIT_FAILED_TO_SOLVE, BUILDX_FAILED_TO_BUILD],
    realOutput: {
      repo: "moveit/moveit2_tutorials",
      issue: "#737",
      quote:
        'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref myqym481qat9c5pqba15t56et::i8w3idij32ozqgi9hdlvjd4vo: "/doc/tutorials/planning_around_objects/hello_moveit.cpp": not found',
    },
    note: "{ref} is BuildKit's random '<id>::<id>' of the stage's snapshot; the quote is a context COPY (the same function checksums a stage's files for COPY --from). The quote was read from the stored file (it has RequiredPaths, v0.2x); the commit is the v0.25 tag the table uses. The path is printed absolute, as resolved from the stage's root.",
  },
];
