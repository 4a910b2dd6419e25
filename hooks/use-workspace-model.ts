"use client";
/**
 * The one place that schedules the workspace model in the browser, for every surface (lesson
 * workspace, exercises, presenter, playground). A keystroke's path: the text changes → the
 * analysis part is computed after the render, from one parse (its module loads with the
 * first edit) → 250 ms after the last change the simulation part reuses that parse and
 * analysis (its module, with the size catalog, loads then). Each result carries the input it
 * was computed for, so a panel can say it is catching up.
 */
import { startTransition, useEffect, useRef, useState } from "react";
import type { LazyPart } from "@/components/ui/part-load-notice";
import { analysisPausedReason } from "@/lib/workspace/limits";
import { isFor, type AnalysisModel, type AnalysisWork, type SimulationModel, type WorkspaceInput, type WorkspaceModel, type WorkspaceOptions } from "@/lib/workspace/types";

/** The simulated build waits this long after the last change: it matters less mid-word. */
export const SIMULATION_DELAY_MS = 250;

type AnalysisModule = typeof import("@/lib/workspace/analysis-model");
type SimulationModule = typeof import("@/lib/workspace/simulation-model");

// Loaded once per page; after that a keystroke's analysis runs without waiting for a promise.
let analysisModule: AnalysisModule | null = null;
const loadAnalysisModule = async (): Promise<AnalysisModule> => (analysisModule ??= await import("@/lib/workspace/analysis-model"));
const loadSimulationModule = (): Promise<SimulationModule> => import("@/lib/workspace/simulation-model");


/** Adds a part to the failed ones, once. */
const adding = (part: LazyPart) => (parts: readonly LazyPart[]) => (parts.includes(part) ? parts : [...parts, part]);

/** What a surface renders from. */
export interface WorkspaceModelState {
  /** The latest analysis: for the current input, or the previous one while it is computed. */
  analysis: AnalysisModel;
  /** The latest simulated build, or null when the surface shows none. */
  simulation: SimulationModel | null;
  /** Whether `analysis` is for the current text and target. */
  analysisCurrent: boolean;
  /** Whether `simulation` is for the current text and target. */
  simulationCurrent: boolean;
  /** Why live analysis is paused for this text (too large), or null. */
  paused: string | null;
  /** The lazily loaded parts whose code could not load (after a deploy, or offline on a first visit), each once. */
  failed: readonly LazyPart[];
  /** The latest analysis, for code outside React (Monaco's quick fixes, completion, go to definition). */
  latest: { readonly current: AnalysisModel };
}

/**
 * Schedules the model of `input`. `initial` is the model computed at build time for the
 * surface's starting text; `options` are read when a computation starts (a surface that
 * changes its project remounts the workspace).
 */
export function useWorkspaceModel(input: WorkspaceInput, initial: WorkspaceModel, options: WorkspaceOptions): WorkspaceModelState {
  const [analysis, setAnalysis] = useState(initial.analysis);
  const [simulation, setSimulation] = useState(initial.simulation);
  const [failed, setFailed] = useState<readonly LazyPart[]>([]);
  const optionsRef = useRef(options);
  const latest = useRef(initial.analysis);
  /** The parse and analysis of the last computed input, for the simulation to reuse. */
  const work = useRef<{ input: WorkspaceInput; work: AnalysisWork } | null>(null);
  useEffect(() => {
    optionsRef.current = options;
  });

  const { text, target } = input;
  const paused = analysisPausedReason(text);
  const analysisCurrent = isFor(analysis, input);
  const showsSimulation = simulation !== null;
  const simulationCurrent = simulation !== null && isFor(simulation, input);

  useEffect(() => {
    const current = { text, target };
    if (analysisCurrent || paused !== null) return;
    let stale = false;
    const compute = (module: AnalysisModule) => {
      if (stale) return;
      // The annotations follow their instructions from the model before this edit.
      const fresh = optionsRef.current.freshText !== undefined && current.text === optionsRef.current.freshText;
      const result = module.computeAnalysis(current, optionsRef.current, fresh ? null : latest.current);
      work.current = { input: current, work: result.work };
      latest.current = result.model;
      // The panels re-render in a transition: typing stays ahead of them.
      startTransition(() => setAnalysis(result.model));
    };
    if (analysisModule) compute(analysisModule);
    else loadAnalysisModule().then(compute, () => setFailed(adding("analysis")));
    return () => {
      stale = true;
    };
  }, [text, target, analysisCurrent, paused]);

  useEffect(() => {
    if (!showsSimulation || simulationCurrent || paused !== null) return;
    const current = { text, target };
    let stale = false;
    const timer = setTimeout(() => {
      Promise.all([loadSimulationModule(), loadAnalysisModule()])
        .then(([simulate, analyze]) => {
          if (stale) return;
          const reuse = work.current !== null && isFor({ for: work.current.input }, current) ? work.current.work : analyze.computeAnalysis(current, optionsRef.current).work;
          const result = simulate.computeSimulation(current, reuse, optionsRef.current.build);
          startTransition(() => setSimulation(result));
        })
        .catch(() => setFailed(adding("simulation")));
    }, SIMULATION_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [text, target, showsSimulation, simulationCurrent, paused]);

  return { analysis, simulation, analysisCurrent, simulationCurrent, paused, failed, latest };
}
