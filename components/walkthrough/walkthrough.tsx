"use client";
import { useCallback, useEffect, useRef, useState, type FocusEvent, type MouseEvent, type ReactNode, type RefObject } from "react";
import { OpenInPlayground } from "@/components/playground/open-in-playground";
import { Button } from "@/components/ui/button";
import { InlineText } from "@/components/ui/inline-text";
import { DockerfileWorkspace, type WorkspaceAnnotation, type WorkspaceControl, type WorkspaceState } from "@/components/workspace/dockerfile-workspace";
import { browserStorage, readSavedDockerfile, walkthroughStorageKey } from "@/lib/browser/storage";
import type { LessonStep, WorkbenchTab } from "@/lib/course/types";
import type { LineSpan } from "@/lib/workspace/annotations";
import type { WorkspaceBuild, WorkspaceModel } from "@/lib/workspace/types";
import { PredictQuestion } from "./predict-question";
import { predictVeil } from "./predict-veil";
import { termSpan } from "./term-span";
import { tabFor, WORKBENCH_TABS, type WorkbenchTabContext, type WorkbenchTabDef } from "./workbench-tabs";

/** A step as the browser needs it: its prose is rendered on the server and passed beside it. */
export type WalkthroughStep = Omit<LessonStep, "body">;

type TabId = WorkbenchTabDef["id"];
/** Below 1024 px the workbench is one of three views. */
type PhoneView = "read" | "code" | "result";

interface WalkthroughProps {
  slug: string;
  steps: WalkthroughStep[];
  /** Each step's prose, rendered on the server (same order as steps). */
  bodies: ReactNode[];
  /** The exercise card of each step that has one, by step id (rendered on the server). */
  exercises: Record<string, ReactNode>;
  /** The first step's model, computed at build time. */
  initial: WorkspaceModel;
  annotations: WorkspaceAnnotation[];
  build: WorkspaceBuild;
  before: WorkbenchTabContext["before"];
  /** The hook and objectives, shown above the steps. */
  header: ReactNode;
  /** What follows the steps (practice, recap, project, next lesson), still beside the sticky workbench. */
  footer: ReactNode;
}

interface Undo {
  message: string;
  text: string;
  step: number;
  shown: string;
}

const stepUrl = (id: string) => {
  const url = new URL(window.location.href);
  url.searchParams.set("step", id);
  window.history.replaceState(window.history.state, "", url);
};

/**
 * The lesson as a walkthrough: numbered steps on the left, a sticky workbench on the right
 * (the editor, then Stages | Problems | Image | Log | Diff | Notes). A step's Apply puts its
 * Dockerfile in the editor as one undoable edit and shows the tab with its effect; going back
 * to a step restores its Dockerfile; every replacement offers Undo.
 */
export function Walkthrough({ slug, steps, bodies, exercises, initial, annotations, build, before, header, footer }: WalkthroughProps) {
  const [active, setActive] = useState(0);
  const [tab, setTab] = useState<TabId>(steps[0]?.tab ?? "stages");
  const [shown, setShown] = useState(steps[0]?.text ?? "");
  const [undo, setUndo] = useState<Undo | null>(null);
  /** On a step with an exercise: the workbench shown instead (after the step's Apply, or asked for). */
  const [onBench, setOnBench] = useState(false);
  /** Steps whose prediction is revealed, or whose answer the student chose to see anyway. */
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const markAnswered = useCallback((id: string, yes: boolean) => {
    setAnswered((was) => {
      const next = new Set(was);
      if (yes) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const [phone, setPhone] = useState<PhoneView>("read");
  const [term, setTerm] = useState<LineSpan | null>(null);
  const [problemCount, setProblemCount] = useState(initial.analysis.problems?.length ?? initial.analysis.analysis.diagnostics.length);
  const control = useRef<WorkspaceControl>(null);
  const current = useRef<WorkspaceState>({ text: steps[0]?.text ?? "", target: initial.analysis.for.target });
  const prose = useRef<HTMLOListElement>(null);
  const aside = useRef<HTMLElement>(null);
  useFitToViewport(aside);
  const step = steps[active] as WalkthroughStep;
  const stepExercise = step.exerciseId !== undefined ? exercises[step.id] : undefined;
  const exercise = onBench ? undefined : stepExercise;

  /** Puts a step's Dockerfile in the editor; the text it replaces can be brought back. */
  const put = useCallback(
    (index: number, message: string | null) => {
      const target = steps[index] as WalkthroughStep;
      const was = current.current.text;
      if (was !== target.text) {
        control.current?.replaceText(target.text);
        const own = !steps.some((s) => s.text === was);
        if (message !== null) setUndo({ message: own ? `Your edits were replaced by ${message}.` : `${message[0]?.toUpperCase()}${message.slice(1)} is in the editor.`, text: was, step: active, shown });
      }
      control.current?.setTarget(target.target ?? null);
      setShown(target.text);
    },
    [steps, active, shown],
  );

  const show = useCallback(
    (index: number, how: "apply" | "go") => {
      const target = steps[index];
      if (!target) return;
      // Going back restores that step's Dockerfile; going on keeps the student's text until
      // they apply the step's edit (a step without an edit shows its text at once).
      if (how === "apply" || index < active) put(index, `step ${index + 1}'s Dockerfile`);
      setActive(index);
      setTab(target.tab);
      // Applying a step's edit shows it, even on a step whose exercise holds the workbench.
      setOnBench(how === "apply");
      stepUrl(target.id);
    },
    [steps, active, put],
  );

  // The step in the address (a reload or a shared link returns to it).
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get("step");
    const index = steps.findIndex((s) => s.id === id);
    if (index <= 0) return;
    const target = steps[index] as WalkthroughStep;
    // The student's saved edits (restored by the workspace) are never replaced unasked.
    const saved = readSavedDockerfile(browserStorage(), walkthroughStorageKey(slug), Date.now());
    if (saved.status !== "restored") control.current?.replaceText(target.text);
    control.current?.setTarget(target.target ?? null);
    setActive(index);
    setShown(target.text);
    setTab(target.tab);
    document.getElementById(`step-${target.id}`)?.scrollIntoView({ block: "start" });
  }, [steps, slug]);

  // Inline code in the prose can be focused, so keyboard users get the same highlight.
  useEffect(() => {
    prose.current?.querySelectorAll<HTMLElement>(":not(pre) > code").forEach((c) => (c.tabIndex = 0));
  }, []);

  const onTerm = (event: MouseEvent | FocusEvent) => {
    const code = (event.target as HTMLElement).closest("code");
    if (!code || code.closest("pre")) return;
    setTerm(termSpan(current.current.text, code.textContent ?? ""));
  };

  const undoNow = () => {
    if (!undo) return;
    control.current?.replaceText(undo.text);
    setActive(undo.step);
    setShown(undo.shown);
    setUndo(null);
  };

  const tabs = WORKBENCH_TABS;
  const activeTab = tabFor(tab);

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)] lg:gap-8">
      <div className="min-w-0 pb-24 lg:pb-0">
        {header}
        <ol ref={prose} className="m-0 mt-6 list-none space-y-6 p-0" onMouseOver={onTerm} onFocus={onTerm} onMouseOut={() => setTerm(null)} onBlur={() => setTerm(null)}>
          {steps.map((s, i) => (
            <li
              key={s.id}
              id={`step-${s.id}`}
              data-step={s.id}
              aria-current={i === active ? "step" : undefined}
              className={`scroll-mt-4 rounded-xl border p-4 sm:p-5 ${i === active ? "border-accent bg-surface" : "border-border"}`}
            >
              <h2 className="m-0 text-xl font-bold">
                <span className="mr-2 inline-flex h-7 w-7 items-center justify-center rounded-full bg-accent-soft text-sm text-accent">{i + 1}</span>
                {s.title}
              </h2>
              <div className="prose-lesson mt-2">{bodies[i]}</div>
              {s.predict && <PredictQuestion predict={s.predict} stepNumber={i + 1} onRevealed={(yes) => markAnswered(s.id, yes)} />}
              <div className="mt-3 flex flex-wrap gap-2">
                {s.apply && (
                  <Button variant="primary" className="apply-label" onClick={() => show(i, "apply")} data-testid={`apply-${s.id}`}>
                    Apply: <InlineText nodes={s.apply} />
                  </Button>
                )}
                {i !== active && (
                  <Button onClick={() => show(i, "go")}>
                    {s.exerciseId !== undefined ? "Open the exercise" : i < active ? "Back to this step" : "Go to this step"}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
        {footer}
      </div>

      <aside
        ref={aside}
        aria-label="Workbench"
        className={`flex min-w-0 flex-col gap-2 lg:sticky lg:top-0 lg:h-[calc(100dvh-var(--wb-offset,0px))] lg:py-3 ${phone === "read" ? "max-lg:hidden" : "max-lg:fixed max-lg:inset-x-0 max-lg:top-0 max-lg:bottom-14 max-lg:z-30 max-lg:overflow-auto max-lg:bg-bg max-lg:p-2"}`}
        data-testid="workbench"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="m-0 text-sm font-semibold" aria-live="polite">
            Step {active + 1} of {steps.length}: {step.title}
          </p>
          <div className="flex flex-wrap gap-2">
            {stepExercise && (
              <div role="group" aria-label="Show in the workbench" className="flex gap-2 border-r border-border pr-2">
                <Button className="min-h-8 py-0 aria-pressed:border-accent aria-pressed:bg-accent-soft" aria-pressed={!onBench} onClick={() => setOnBench(false)}>
                  Exercise
                </Button>
                <Button className="min-h-8 py-0 aria-pressed:border-accent aria-pressed:bg-accent-soft" aria-pressed={onBench} onClick={() => setOnBench(true)}>
                  Step {active + 1}&apos;s Dockerfile
                </Button>
              </div>
            )}
            <Button className="min-h-8 py-0" disabled={active === 0} onClick={() => show(active - 1, "go")}>
              ← Previous
            </Button>
            <Button className="min-h-8 py-0" disabled={active === steps.length - 1} onClick={() => show(active + 1, "go")}>
              Next →
            </Button>
          </div>
        </div>
        {undo && (
          <div role="status" className="flex flex-wrap items-center gap-2 rounded-md border border-border bg-surface-2 px-3 py-1.5 text-sm" data-testid="apply-undo">
            <span>{undo.message}</span>
            <Button className="min-h-8 py-0" onClick={undoNow}>
              Undo
            </Button>
            <button type="button" className="ml-auto text-muted hover:text-text" aria-label="Dismiss" onClick={() => setUndo(null)}>
              ×
            </button>
          </div>
        )}
        {/* Only the open step's exercise is mounted: its card saves the student's text itself. */}
        {exercise && (
          <div key={step.id} className="min-h-0 flex-1 overflow-auto" data-testid={`exercise-at-${step.id}`}>
            {exercise}
          </div>
        )}
        <div className={exercise ? "hidden" : "contents"}>
          <DockerfileWorkspace
            storageKey={walkthroughStorageKey(slug)}
            original={shown}
            originalLabel={step.file === steps[steps.length - 1]?.file ? "The lesson's Dockerfile" : `Step ${active + 1}'s Dockerfile`}
            initial={initial}
            annotations={annotations}
            build={build}
            controlRef={control}
            highlight={term}
            {...(step.notes ? { shownAnnotations: step.notes } : {})}
            onStateChange={(state) => (current.current = state)}
            actions={(state, saveNow) => <OpenInPlayground state={state} saveNow={saveNow} lesson={slug} />}
            layout={{
              editorHeight: "clamp(160px, 36vh, 420px)",
              render: (parts) => {
                const ctx: WorkbenchTabContext = { parts, build, before };
                const veiled = !answered.has(step.id) && predictVeil(step, parts.text, parts.target).includes(activeTab.id as WorkbenchTab);
                return (
                  <>
                    <div className={phone === "result" ? "max-lg:hidden" : ""}>{parts.card}</div>
                    <div className={`flex min-h-0 flex-1 flex-col ${phone === "code" ? "max-lg:hidden" : ""}`}>
                      <div role="tablist" aria-label="What BuildKit sees" className="flex flex-wrap gap-1 border-b border-border">
                        {tabs.map((t) => (
                          <button
                            key={t.id}
                            type="button"
                            role="tab"
                            id={`wb-tab-${t.id}`}
                            aria-selected={t.id === activeTab.id}
                            aria-controls="wb-panel"
                            onClick={() => setTab(t.id)}
                            className={`-mb-px min-h-9 rounded-t-md border px-3 text-sm font-semibold ${t.id === activeTab.id ? "border-border border-b-bg bg-bg text-text" : "border-transparent text-muted hover:text-text"}`}
                          >
                            {t.label(ctx)}
                          </button>
                        ))}
                      </div>
                      <div role="tabpanel" id="wb-panel" aria-labelledby={`wb-tab-${activeTab.id}`} tabIndex={0} className="min-h-0 flex-1 overflow-auto pt-3">
                        {veiled ? <PredictVeil stepNumber={active + 1} tab={activeTab.label(ctx)} onShow={() => markAnswered(step.id, true)} /> : activeTab.render(ctx)}
                      </div>
                    </div>
                    <ReportCount count={parts.problemCount} onCount={setProblemCount} />
                  </>
                );
              },
            }}
          />
        </div>
      </aside>
      <nav aria-label="Workbench views" className="fixed inset-x-0 bottom-0 z-40 grid h-14 grid-cols-3 border-t border-border bg-surface lg:hidden">
        {(["read", "code", "result"] as const).map((view) => (
          <button key={view} type="button" aria-pressed={phone === view} onClick={() => setPhone(view)} className={`text-sm font-semibold ${phone === view ? "text-accent" : "text-muted"}`}>
            {view === "read" ? "Read" : view === "code" ? `Code · ${problemCount} problem${problemCount === 1 ? "" : "s"}` : "Result"}
          </button>
        ))}
      </nav>
    </div>
  );
}

/** Passes the Problems count up to the phone's view bar, which lives outside the workbench. */
function ReportCount({ count, onCount }: { count: number; onCount(n: number): void }) {
  useEffect(() => onCount(count), [count, onCount]);
  return null;
}

/**
 * Keeps the sticky workbench's bottom on the screen: until the page has scrolled it to the
 * top, the workbench starts below the site's header, so it is shorter by that much.
 */
function useFitToViewport(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    let offset = -1;
    const fit = () => {
      frame = 0;
      const top = Math.max(0, Math.round(element.getBoundingClientRect().top));
      if (top === offset) return;
      offset = top;
      element.style.setProperty("--wb-offset", `${top}px`);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(fit);
    };
    fit();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [ref]);
}

/** In place of a tab that would give away the answer to the open step's prediction. */
function PredictVeil({ stepNumber, tab, onShow }: { stepNumber: number; tab: string; onShow(): void }) {
  return (
    <div className="rounded-lg border border-dashed border-border bg-surface p-4" data-testid="predict-veil">
      <p className="m-0">
        <strong>Predict first.</strong> The {tab} tab shows the answer to step {stepNumber}&apos;s question: answer it beside the text, then
        press Reveal.
      </p>
      <Button className="mt-3" onClick={onShow}>
        Show the {tab} tab anyway
      </Button>
    </div>
  );
}
