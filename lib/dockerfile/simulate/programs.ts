/**
 * How each program a build step makes was built: the toolchain, the C library of the stage
 * that built it, static or dynamic, the shared libraries it needs, and what its sources
 * use (TLS, time zones), read from the build context when it is there. Set by the RUN
 * handlers on the file they write; COPY --from carries it with the file into another stage,
 * where the `docker run` verdict (../run/verdict) reads it.
 *
 * The facts each rule follows:
 * - Alpine's GCC links with musl, dynamically unless `-static`, and passes `--as-needed`
 *   (aports main/gcc APKBUILD, `--enable-default-pie` … and its `--as-needed` default in the
 *   spec): a C++ program that only calls printf records no libstdc++ (the course's hello,
 *   lessons/why-multi-stage, runs on bare alpine), one using iostream needs libstdc++.so.6
 *   and libgcc_s.so.1 (lessons/copy-from).
 * - Debian's GCC does not pass --as-needed: every C++ program needs libstdc++.so.6.
 * - `go build`: cgo is on when CGO_ENABLED is unset and a C compiler is on PATH (go/build's
 *   default, cmd/go/internal/cfg: `CGO_ENABLED` defaults to 1 only when a C compiler is
 *   found, since Go 1.20); the official golang images on Debian ship gcc, `golang:*-alpine`
 *   does not (docker-library/golang's Dockerfile templates). With cgo on, a program that
 *   imports `net` (net/http too) or `os/user` uses the C resolver and links libc dynamically;
 *   otherwise the binary is static.
 * - `cargo build`: the host target of the image (x86_64-unknown-linux-gnu on Debian, glibc,
 *   dynamic) unless `--target *-linux-musl` (static: Rust's musl targets default to
 *   crt-static).
 */
import { factsOf, resolveImage } from "../catalog";

/** What a program's sources use that the final image must provide. */
export interface ProgramUses {
  /** Makes TLS calls (an `https://` URL or crypto/tls in a Go program). */
  tls: boolean;
  /** Looks up a named time zone: `fatal` when the program exits on the error, `lookup` when it goes on. */
  timezone: { zone: string | null; fatal: boolean } | null;
  /** The binary carries its own time-zone data (`-tags timetzdata`, `import _ "time/tzdata"`). */
  tzEmbedded: boolean;
}

/** A program a build step made. */
export type BuiltProgram =
  | {
      kind: "native";
      language: "c" | "c++" | "go" | "rust";
      /** The command that made it (`g++`, `cmake --build`, `go build`, `cargo build`). */
      by: string;
      /** The label of the stage that built it. */
      stage: string;
      /** Its C library, or null when the stage's is unknown. */
      libc: "glibc" | "musl" | null;
      /** Static (needs no loader) or dynamic; null when unknown. */
      linkage: "static" | "dynamic" | null;
      /** Shared libraries it needs besides the C library, in the order the loader asks for them; null when the sources are not known. */
      libraries: string[] | null;
      /** What its sources use, or null when they are not in the build context. */
      uses: ProgramUses | null;
      /** What it prints when it runs, when the course measured it (its hello), else null. */
      output: string[] | null;
    }
  /** A JAR the build made (`jar cf`, Maven, Gradle). */
  | { kind: "jar"; stage: string }
  /** A virtual environment's interpreter link: `<venv>/bin/python` pointing at `target`. */
  | { kind: "venv-python"; stage: string; target: string };

/** What the model knows of an image's system for building and running programs. */
export interface ImageFamily {
  libc: "glibc" | "musl" | "none" | null;
  /** What /bin/sh is: `dash`, `busybox` (ash) or `bash`; `none` when there is no shell; null when unknown. */
  shell: "dash" | "busybox" | "bash" | "none" | null;
  /** True when the image has gcc; null when unknown. */
  cCompiler: boolean | null;
}

/** Debian-based official images whose default tags carry gcc (buildpack-deps:*-scm and up; docker-library's Dockerfiles). */
const DEBIAN_WITH_GCC = new Set(["golang", "rust", "gcc", "buildpack-deps", "python", "node", "ruby", "perl", "haskell"]);
/** Official images whose default tags are Debian- or Ubuntu-based (glibc, dash as /bin/sh). */
const DEBIAN_FAMILY = new Set([...DEBIAN_WITH_GCC, "debian", "ubuntu", "eclipse-temurin", "openjdk", "maven", "gradle", "php", "httpd", "nginx", "postgres", "redis"]);
const DEBIAN_SUITES = /(^|[-.])(bookworm|bullseye|buster|trixie|jammy|noble|focal|slim)($|[-.])/;

const familyCache = new Map<string, ImageFamily>();

/** The image family of a base reference, from the catalog's facts, else from its name and tag. */
export function familyOf(ref: string): ImageFamily {
  const cached = familyCache.get(ref);
  if (cached) return cached;
  const family = computeFamily(ref);
  familyCache.set(ref, family);
  return family;
}

function computeFamily(ref: string): ImageFamily {
  const lower = ref.toLowerCase();
  if (lower === "scratch") return { libc: "none", shell: "none", cCompiler: false };
  const facts = factsOf(resolveImage(ref));
  const packages = facts.packages;
  const path = lower.split("@")[0] as string;
  const slash = path.lastIndexOf("/");
  const colon = path.lastIndexOf(":");
  const repository = (colon > slash ? path.slice(0, colon) : path).replace(/^(docker\.io\/)?(library\/)?/, "");
  const tag = colon > slash ? path.slice(colon + 1) : "latest";
  const alpine = repository === "alpine" || /(^|-)alpine/.test(tag);
  const distroless = repository.startsWith("gcr.io/distroless/");
  const debian = !alpine && !distroless && (DEBIAN_FAMILY.has(repository) || DEBIAN_SUITES.test(tag));
  const libc = facts.libc ?? (alpine ? "musl" : debian ? "glibc" : null);
  const shellFact = facts.shell === null ? null : facts.shell === "none" || facts.shell.includes("only") ? "none" : facts.shell.startsWith("busybox") ? "busybox" : facts.shell === "dash" ? "dash" : facts.shell === "bash" ? "bash" : null;
  const shell = shellFact ?? (alpine ? "busybox" : debian ? "dash" : distroless ? "none" : null);
  const listed = packages === null ? null : packages.some((p) => /^gcc(-\d+)?$/.test(p));
  const slimTag = /slim/.test(tag);
  let cCompiler: boolean | null = null;
  if (listed === true) cCompiler = true;
  else if (alpine || distroless) cCompiler = false;
  else if (DEBIAN_WITH_GCC.has(repository) && !slimTag) cCompiler = true;
  else if (listed === false && facts.packagesComplete) cCompiler = false;
  return { libc, shell, cCompiler };
}

/** Libraries a C++ program needs on top of the C library. */
export const CXX_RUNTIME = ["libstdc++.so.6", "libgcc_s.so.1"] as const;

/** Whether C++ source text uses the C++ standard library (streams, strings, containers, exceptions). */
export function usesCxxLibrary(source: string): boolean {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  if (/#\s*include\s*<(iostream|ostream|istream|sstream|fstream|string|vector|map|unordered_map|set|memory|thread|mutex|functional|stdexcept|exception|algorithm|regex|filesystem|format|print|iomanip|chrono|list|deque|array|optional|variant|any|future|atomic)>/.test(code)) return true;
  return /\bstd::(cout|cerr|cin|string|vector|map|endl|thread|make_|unique_ptr|shared_ptr|runtime_error|exception)/.test(code) || /\b(throw|try|new)\b/.test(code);
}

/** The C library, linkage and libraries of a C or C++ program built in a stage on `family`. */
export function nativeCProgram(build: { language: "c" | "c++"; by: string; stage: string; family: ImageFamily; static: boolean; sources: (string | undefined)[]; output?: string[] | null }): BuiltProgram {
  const libc = build.family.libc === "none" ? null : build.family.libc;
  const known = build.sources.length > 0 && build.sources.every((s) => s !== undefined);
  let libraries: string[] | null = [];
  if (build.static) libraries = [];
  else if (build.language === "c++") {
    // Debian's GCC links libstdc++ into every C++ program; Alpine's (--as-needed) only when used.
    if (libc === "glibc") libraries = [...CXX_RUNTIME];
    else if (libc === "musl") libraries = known ? (build.sources.some((s) => usesCxxLibrary(s as string)) ? [...CXX_RUNTIME] : []) : null;
    else libraries = null;
  }
  return { kind: "native", language: build.language, by: build.by, stage: build.stage, libc, linkage: build.static ? "static" : "dynamic", libraries, uses: null, output: build.output ?? null };
}

/** Whether link flags ask for a static program. */
export const staticFlag = (flags: string | undefined): boolean => flags !== undefined && /(^|\s|,)-static(\s|$|,)/.test(flags);

/** What Go sources import and call. */
export function goUses(sources: string[]): { net: boolean; uses: ProgramUses } {
  const all = sources.join("\n");
  const imports = new Set<string>();
  for (const m of all.matchAll(/import\s*\(([\s\S]*?)\)/g)) for (const q of (m[1] ?? "").matchAll(/"([^"]+)"/g)) imports.add(q[1] as string);
  for (const m of all.matchAll(/import\s+(?:[\w.]+\s+)?"([^"]+)"/g)) imports.add(m[1] as string);
  const net = [...imports].some((i) => i === "net" || i.startsWith("net/") || i === "os/user");
  const tls = imports.has("crypto/tls") || /"https:\/\//.test(all);
  const zone = /time\.LoadLocation\(\s*(?:"([^"]+)"|[^)]+)\s*\)/.exec(all);
  let timezone: ProgramUses["timezone"] = null;
  if (zone) {
    // The error handling right after the lookup: log.Fatal / panic / os.Exit ends the program.
    const after = all.slice(zone.index, zone.index + 200);
    timezone = { zone: zone[1] ?? null, fatal: zone[1] !== undefined && /if\s+err\s*!=\s*nil\s*\{[^}]*\b(log\.Fatal\w*|panic|os\.Exit)\s*\(/.test(after) };
  }
  return { net, uses: { tls, timezone, tzEmbedded: imports.has("time/tzdata") } };
}
