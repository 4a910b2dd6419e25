/**
 * The one base-image figure that is not read from the generated data: `alpine:latest` as the
 * course pulled it in 2025, derived from the course's measured 8.34MB multi-stage image. The
 * simulator uses it for the course's own projects (the lesson build context's calibration
 * flag); everywhere else `alpine:latest` is repo-info's (data/images.json).
 */
import { COURSE_ALPINE_LATEST_BYTES, COURSE_HELLO_BINARY_BYTES, COURSE_MULTI_STAGE_BYTES, COURSE_SOURCE, SANDBOX_MEASUREMENT } from "./course";
import type { CatalogImage } from "./types";

/** The usual root of a Linux distribution image (Filesystem Hierarchy Standard): a convention, not a listing. */
export const FHS = ["bin", "dev", "etc", "home", "lib", "media", "mnt", "opt", "proc", "root", "run", "sbin", "srv", "sys", "tmp", "usr", "var"];
export const FHS_SOURCE = "convention (Filesystem Hierarchy Standard), not read from this image's file list";

export const COURSE_ALPINE: CatalogImage = {
  id: "image:alpine:latest:course",
  repository: "alpine",
  tags: ["", "latest"],
  version: "alpine:latest as the course pulled it (Alpine release not published)",
  bytes: COURSE_ALPINE_LATEST_BYTES,
  kind: "on-disk",
  approximate: false,
  sources: [COURSE_SOURCE, SANDBOX_MEASUREMENT],
  derivation:
    `The course's multi-stage image (${COURSE_MULTI_STAGE_BYTES} B, printed 8.34MB by docker image ls) is alpine:latest plus the copied hello binary; ` +
    `the binary is estimated at ${COURSE_HELLO_BINARY_BYTES} B from our sandbox build of the same hello.cpp (glibc, g++ 12.2; Alpine's musl build was not measured). ` +
    `8,340,000 - 15,960 = ${COURSE_ALPINE_LATEST_BYTES} B. Docker rounds 8.34MB to 3 significant digits, so the true value lies within +/- 5,000 B of this. ` +
    "Kind on-disk assumes the course used the classic image store, whose docker image ls SIZE is the uncompressed size. " +
    "Used for the course's own projects; elsewhere alpine:latest is repo-info's current figure.",
  topFolders: FHS,
  topFoldersSource: FHS_SOURCE,
  packageManager: "apk",
};
