/**
 * What an image's package list says about what it can run: C library, /bin/sh, CA
 * certificates, tzdata, libstdc++, libgcc, package manager. A fact is true when its package
 * is listed, false only when the list is complete, and null (unknown) otherwise.
 */
import type { ImageContents } from "../../lib/dockerfile/catalog/data-types";

/**
 * dpkg source packages of the facts' binary packages (a trailing `-` is a prefix: gcc-12,
 * gcc-14, ...). A partly read report that lists sources past these shows they are absent.
 */
const DPKG_SOURCES: Record<string, string[]> = {
  libc6: ["glibc"],
  dash: ["dash"],
  bash: ["bash"],
  "ca-certificates": ["ca-certificates"],
  tzdata: ["tzdata"],
  "libstdc++6": ["gcc-"],
  "libgcc-s1": ["gcc-"],
  libgcc1: ["gcc-"],
  apt: ["apt"],
};

/** True when every source of `binary` sorts before `lastSource`, so a sorted list cut after it would have shown it. */
function readPast(binary: string, lastSource: string | null | undefined): boolean {
  if (!lastSource) return false;
  const sources = DPKG_SOURCES[binary];
  if (!sources) return false;
  return sources.every((src) => (src.endsWith("-") ? !lastSource.startsWith(src) && lastSource > src : lastSource > src));
}

/**
 * The facts from a package list. `complete`: the whole report was read. `lastSource`: for a
 * partly read dpkg report, the last source package heading read (see {@link readPast}).
 */
export function contentsFromPackages(manager: "dpkg" | "apk" | "rpm" | null, names: string[], complete: boolean, lastSource?: string | null): ImageContents {
  const has = new Set(names);
  const basis: string[] = [];
  const absentKnown = (pkgs: string[]) => complete || (manager === "dpkg" && pkgs.every((p) => readPast(p, lastSource)));
  const fact = (pkgs: string[], label: string): boolean | null => {
    const found = pkgs.find((p) => has.has(p));
    if (found) {
      basis.push(`${label}: ${found}`);
      return true;
    }
    return absentKnown(pkgs) ? false : null;
  };

  if (manager === "dpkg") {
    const glibc = fact(["libc6"], "libc");
    // Debian and Ubuntu link /bin/sh to dash (package dash); bash alone does not provide it.
    const shellPkg = ["dash", "bash"].find((p) => has.has(p));
    if (shellPkg) basis.push(`/bin/sh: ${shellPkg}`);
    return {
      libc: glibc === true ? "glibc" : null,
      shell: shellPkg ?? (absentKnown(["dash", "bash"]) ? "none" : null),
      caCertificates: fact(["ca-certificates"], "CA certificates"),
      tzdata: fact(["tzdata"], "tzdata"),
      libstdcxx: fact(["libstdc++6"], "libstdc++"),
      libgcc: fact(["libgcc-s1", "libgcc1"], "libgcc"),
      packageManager: has.has("apt") ? "apt" : absentKnown(["apt"]) ? "none" : null,
      basis:
        `repo-info dpkg package list${complete ? "" : ` (read up to source package ${lastSource ?? "?"}; sources sort by name, so one before it that is not listed is absent)`}; ` +
        basis.join("; "),
    };
  }
  if (manager === "apk") {
    const musl = fact(["musl"], "libc");
    const glibc = has.has("gcompat") ? " (gcompat also listed)" : "";
    // On Alpine /bin/sh comes from busybox-binsh (or dash-binsh / bash-binsh when installed instead).
    const shellPkg = ["busybox-binsh", "dash-binsh", "bash-binsh", "yash-binsh", "loksh-binsh", "oksh-binsh", "mksh-binsh"].find((p) => has.has(p));
    if (shellPkg) basis.push(`/bin/sh: ${shellPkg}`);
    return {
      libc: musl === true ? "musl" : null,
      shell: shellPkg ?? (complete ? "none" : null),
      caCertificates: fact(["ca-certificates", "ca-certificates-bundle"], "CA certificates"),
      tzdata: fact(["tzdata"], "tzdata"),
      libstdcxx: fact(["libstdc++"], "libstdc++"),
      libgcc: fact(["libgcc"], "libgcc"),
      packageManager: has.has("apk-tools") ? "apk" : complete ? "none" : null,
      basis: `repo-info apk package list${complete ? "" : " (partly read)"}${glibc}; ${basis.join("; ")}`,
    };
  }
  return {
    libc: null,
    shell: null,
    caCertificates: null,
    tzdata: null,
    libstdcxx: null,
    libgcc: null,
    packageManager: null,
    basis: manager === "rpm" ? "rpm package list: not interpreted" : "no package list in the report",
  };
}

/** The version the image packages, from the usual `*_VERSION` variable of its Env. */
export function versionFromEnv(repository: string, env: string[] | null): string | null {
  if (!env) return null;
  const keys: Record<string, string[]> = {
    python: ["PYTHON_VERSION"],
    node: ["NODE_VERSION"],
    golang: ["GOLANG_VERSION"],
    rust: ["RUST_VERSION"],
    "eclipse-temurin": ["JAVA_VERSION"],
    openjdk: ["JAVA_VERSION"],
    maven: ["MAVEN_VERSION", "JAVA_VERSION"],
    gradle: ["GRADLE_VERSION"],
    nginx: ["NGINX_VERSION"],
    httpd: ["HTTPD_VERSION"],
    php: ["PHP_VERSION"],
    ruby: ["RUBY_VERSION"],
  };
  for (const key of keys[repository] ?? []) {
    const hit = env.find((e) => e.startsWith(key + "="));
    if (hit) return hit.slice(key.length + 1);
  }
  return null;
}
