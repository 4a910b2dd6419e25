/** The Dockerfile instructions BuildKit knows (frontend/dockerfile/command/command.go), in its order. */
export const INSTRUCTIONS = [
  "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
  "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
] as const;

/** One of the instruction keywords, upper-cased. */
export type InstructionKeyword = (typeof INSTRUCTIONS)[number];

/** Instructions that only set image metadata or build state: their layers are 0 bytes. */
export const METADATA_INSTRUCTIONS: ReadonlySet<string> = new Set([
  "ENV", "ARG", "LABEL", "CMD", "ENTRYPOINT", "EXPOSE", "USER", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "ONBUILD", "VOLUME", "MAINTAINER",
]);
