/**
 * The JSON document `npm run simulate` prints: the final image as `docker image ls` would
 * show it for linux/amd64 (bytes on disk, or null when no estimate is possible), how far to
 * trust it, what it is missing, and the per-stage breakdown the image panel shows.
 */
import type { SimulationView } from "../../lib/workspace/simulation-view";
import type { BaseImageFacts } from "../../lib/dockerfile/catalog";
import type { RunReason, RunVerdict, RunWarning } from "../../lib/dockerfile/run/verdict-types";
import type { BuildStop } from "../../lib/dockerfile/simulate/types";

export interface SimulationReport {
  file: string;
  target: string | null;
  /** BuildKit's error when the real build would fail, else null. */
  error: string | null;
  image: {
    /** On-disk bytes for linux/amd64, or null when no estimate is possible. */
    bytes: number | null;
    /** `sourced`, `approximate` (a nearest tag, an approximate figure, or parts missing: see `missing`), `unknown`. */
    confidence: "sourced" | "approximate" | "unknown";
    /** As `docker image ls` would print it (`8.34MB`), `≥ ` when parts are missing, `unknown`. */
    display: string;
    /** True when `bytes` leaves out parts of unknown size. */
    lowerBound: boolean;
    /** The parts of unknown size, and why. */
    missing: { part: string; why: string }[];
    /** Why parts are approximate. */
    approximate: string[];
    /** The base image's facts (C library, shell, certificates, default command, user), or null. */
    base: BaseImageFacts | null;
  } | null;
  stages: {
    index: number;
    label: string;
    role: string;
    bytes: number;
    display: string;
    confidence: string;
    lowerBound: boolean;
    parts: { label: string; line: number | null; bytes: number; display: string; unknown: string | null; approximate: string | null }[];
  }[];
  /** Where the build stops (BuildKit's words, the failing step), or null when it finishes. */
  stop: BuildStop | null;
  /** What `docker run <image>` would do: null when the build fails. */
  run: {
    verdict: "starts" | "fails" | "unknown";
    /** The words printed for `fails` (without Docker's prefix), else null. */
    message: string | null;
    /** The exit status of `docker run` for `fails`, else null. */
    exitCode: number | null;
    /** Why, as data; for `unknown`, `needs` lists what the model would need. */
    reason: RunReason;
    needs: RunReason[];
    /** The id of the rule in lib/dockerfile/run/messages.ts, for `fails`. */
    rule: string | null;
    warnings: RunWarning[];
  } | null;
  /** Every figure used, with where it comes from. */
  sources: { name: string; display: string; version: string; derivation: string | null; from: string[] }[];
}

export function simulationReport(file: string, view: SimulationView, base: BaseImageFacts | null, result?: { stop: BuildStop | null; run: RunVerdict | null }): SimulationReport {
  const f = view.final;
  const r = result?.run ?? null;
  return {
    stop: result?.stop ?? null,
    run: r ? { verdict: r.verdict, message: r.message, exitCode: r.exitCode, reason: r.reason, needs: r.needs, rule: r.messageId, warnings: r.warnings } : null,
    file,
    target: view.targetLabel,
    error: view.error,
    image: f
      ? {
          bytes: f.estimate,
          confidence: f.confidence,
          display: f.display,
          lowerBound: f.lowerBound,
          missing: f.missing?.parts.map((p) => ({ part: p.what, why: p.why })) ?? [],
          approximate: f.approximations,
          base,
        }
      : null,
    stages: view.stages.map((s) => ({
      index: s.index,
      label: s.label,
      role: s.role,
      bytes: s.bytes,
      display: s.display,
      confidence: s.confidence,
      lowerBound: s.lowerBound,
      parts: s.segments.map((g) => ({ label: g.label, line: g.line, bytes: g.bytes, display: g.display, unknown: g.unknown, approximate: g.approximate })),
    })),
    sources: view.catalog.map((c) => ({
      name: c.name,
      display: c.display,
      version: c.version,
      derivation: c.derivation,
      from: c.sources.map((s) => [s.document, s.locator, s.date].filter(Boolean).join(", ")),
    })),
  };
}
