/**
 * The RUN command table: one handler per program, keyed by the program's file name
 * (`/usr/bin/apk` is `apk`). A program not in the table is either one that writes nothing
 * of note (NO_WRITE_COMMANDS) or unknown, and then its size is unknown.
 */
import { cmake, compiler, COMPILERS, jar, make } from "./build-tools";
import type { RunHandler } from "./context";
import { download, DOWNLOADERS } from "./downloads";
import { cd, cp, echo, mkdir, NO_WRITE_COMMANDS, noWrite, rm, touch, unknownCommand } from "./files";
import { apk, apt, go, NODE_FAMILY, nodePackageManager, pip, PIP_FAMILY, python } from "./packages";

const each = (names: readonly string[], handler: RunHandler): [string, RunHandler][] => names.map((n) => [n, handler]);

/** Program name → handler. */
export const RUN_HANDLERS: ReadonlyMap<string, RunHandler> = new Map<string, RunHandler>([
  ["cd", cd],
  ["mkdir", mkdir],
  ["touch", touch],
  ["echo", echo],
  ["cp", cp],
  ["rm", rm],
  ["apk", apk],
  ["apt-get", apt],
  ["apt", apt],
  ...each(PIP_FAMILY, pip),
  ...each(NODE_FAMILY, nodePackageManager),
  ["go", go],
  ["cmake", cmake],
  ["make", make],
  ["jar", jar],
  ["ninja", make],
  ...each(COMPILERS, compiler),
  ...each(DOWNLOADERS, download),
  ...each([...NO_WRITE_COMMANDS], noWrite),
]);

/** The handler for a program: the table's, `python*` as pip or unknown, else unknown. */
export function handlerFor(program: string): RunHandler {
  return RUN_HANDLERS.get(program) ?? (program.startsWith("python") ? python : unknownCommand);
}
