"use client";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { DockerfileWorkspace, type WorkspaceState } from "@/components/workspace/dockerfile-workspace";
import { Button } from "@/components/ui/button";
import { downloadText } from "@/components/ui/download-text";
import { PartLoadNotice } from "@/components/ui/part-load-notice";
import type { PlaygroundExample } from "@/lib/course/pages";
import { ALL_PANELS, type WorkspaceBuild, type WorkspaceModel } from "@/lib/workspace/types";
import { decodeShareHash, encodeShareState, isShareHash, readShareState, shareLink, takeLeavingState, writeLeavingState, writePlaygroundAutosave, type ShareState } from "@/lib/browser/share";
import { lessonContextUrl, parseLessonBuild } from "@/lib/browser/lesson-context";
import { browserStorage, sessionStore } from "@/lib/browser/storage";
import { ShareButton } from "./share-button";

interface PlaygroundProps {
  /** The examples; the first is the default. */
  examples: PlaygroundExample[];
  /** The panels' data for the default example, computed at build time so the static page shows it. */
  initial: WorkspaceModel;
}

/** Where the workspace's current state came from; decides what is written back, and when. */
type Source = "default" | "link" | "autosave" | "example" | "broken-link";

interface Mounted {
  /** Remounts the workspace: it takes its state only when it mounts. */
  key: number;
  initial: WorkspaceModel;
  /** What Reset restores. */
  original: string;
  source: Source;
  /** The lesson's project around the Dockerfile, when it was opened from a lesson; else none. */
  build?: WorkspaceBuild;
  /** The lesson it came from, and whether its project could be loaded. */
  lesson?: { slug: string; loaded: boolean };
}

/** A lesson's build context, fetched from the JSON the build wrote; null when it cannot be loaded. */
async function fetchLessonBuild(slug: string): Promise<WorkspaceBuild | null> {
  try {
    const response = await fetch(lessonContextUrl(slug));
    return response.ok ? parseLessonBuild(await response.json()) : null;
  } catch {
    return null;
  }
}

/** The address is brought up to date this long after the last keystroke. */
const URL_DEBOUNCE_MS = 300;

const same = (a: ShareState, b: ShareState) => a.text === b.text && a.target === b.target && a.lesson === b.lesson;

const SOURCE_NOTE: Record<Source, string> = {
  default: "",
  link: "Opened from a link.",
  autosave: "Your playground from last time, restored from this browser.",
  example: "",
  "broken-link": "",
};

/**
 * The playground: the lesson workspace without annotations, its state (Dockerfile and
 * target) kept in the address's hash and autosaved in this browser. The static page shows
 * the default example; once in the browser it starts from the link, else the autosave.
 */
export function Playground({ examples, initial }: PlaygroundProps) {
  const fallback = useMemo<ShareState>(() => ({ text: initial.analysis.for.text, target: initial.analysis.for.target }), [initial]);
  const [mounted, setMounted] = useState<Mounted>({ key: 0, initial, original: fallback.text, source: "default" });
  const [message, setMessage] = useState<string | null>(null);
  const [linkNotice, setLinkNotice] = useState<string | null>(null);
  /** The model's code could not load, so a link or an example could not be opened. */
  const [modelFailed, setModelFailed] = useState(false);
  const [exampleId, setExampleId] = useState(examples[0]?.id ?? "");
  const selectId = useId();

  const current = useRef<ShareState>(fallback);
  const base = useRef<{ state: ShareState; source: Source; original: string }>({ state: fallback, source: "default", original: fallback.text });
  /** False until the start state is known: nothing is written over a link before it is read. */
  const started = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const loads = useRef(0);

  /** The state to keep: what the workspace holds, with the lesson the Dockerfile came from, so a shared link keeps its project. */
  const keptState = useCallback((): ShareState => {
    const { lesson } = base.current.state;
    return lesson ? { ...current.current, lesson } : current.current;
  }, []);

  /** Writes the state to the address and the autosave, unless that would only overwrite what is there. */
  const persist = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const state = keptState();
    const { source, original } = base.current;
    const changed = !same(state, base.current.state);
    // A link that could not be read stays in the address until the student changes something,
    // so reloading shows the same message; opening someone's link leaves the autosave alone.
    if (source === "broken-link" && !changed) return;
    const encoded = encodeShareState(state);
    const saved = source !== "link" || changed ? writePlaygroundAutosave(browserStorage(), state, original, Date.now()) : true;
    if (encoded.ok) {
      if (window.location.hash !== encoded.hash) window.history.replaceState(null, "", encoded.hash);
      setLinkNotice(null);
    } else {
      // Too large for a link, and possibly for the autosave too: say which, so nothing is lost by surprise.
      setLinkNotice(`${encoded.message} ${saved ? "It is kept in this browser only." : "It cannot be saved in this browser either: use Download to keep it."}`);
    }
  }, [keptState]);

  /**
   * Mounts the workspace on a new state, with its model computed first so the panels never
   * show another text's; a state opened from a lesson first loads that lesson's project.
   */
  const load = useCallback((state: ShareState, original: string, source: Source) => {
    const id = ++loads.current;
    clearTimeout(timer.current);
    const lesson = state.lesson;
    Promise.all([import("@/lib/workspace/model"), lesson ? fetchLessonBuild(lesson) : Promise.resolve(null)]).then(
      ([{ computeWorkspaceModel }, build]) => {
        if (id !== loads.current) return;
        const live = computeWorkspaceModel(state, { panels: ALL_PANELS, ...(build ? { build } : {}) });
        current.current = state;
        base.current = { state, source, original };
        setMounted((m) => ({ key: m.key + 1, initial: live, original, source, ...(build ? { build } : {}), ...(lesson ? { lesson: { slug: lesson, loaded: build !== null } } : {}) }));
      },
      // The workspace keeps what it shows; the notice's Reload writes it back to the address.
      () => {
        if (id === loads.current) setModelFailed(true);
      },
    );
  }, []);

  // Start from the link, else the autosave, else the default example (already on the page).
  useEffect(() => {
    // A reload of this tab within the address's debounce: what the tab left with (see flush below).
    const leaving = takeLeavingState(sessionStore(), window.location.hash);
    const start = leaving ? ({ source: "link", state: leaving } as const) : readShareState(window.location.hash, browserStorage(), fallback);
    started.current = true;
    if (start.source === "default") {
      if (start.message !== null) {
        setMessage(start.message);
        base.current = { ...base.current, source: "broken-link" };
      }
      persist();
    } else {
      load(start.state, start.source === "autosave" ? start.original : start.state.text, start.source);
    }
    // Runs once: the start state is read from the address the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A link pasted into the address bar of an open playground, or Back after loading an example.
  useEffect(() => {
    function onNavigate() {
      const hash = window.location.hash;
      if (!isShareHash(hash)) {
        // An in-page anchor (the skip link's #main): put the state back into the address.
        persist();
        return;
      }
      const decoded = decodeShareHash(hash);
      if (decoded.ok) {
        const { lesson } = base.current.state;
        if (same(decoded.state, lesson ? { ...current.current, lesson } : current.current)) return;
        setMessage(null);
        load(decoded.state, decoded.state.text, "link");
      } else {
        setMessage(decoded.message);
        load(fallback, fallback.text, "broken-link");
      }
    }
    window.addEventListener("hashchange", onNavigate);
    window.addEventListener("popstate", onNavigate);
    return () => {
      window.removeEventListener("hashchange", onNavigate);
      window.removeEventListener("popstate", onNavigate);
    };
  }, [fallback, load, persist]);

  // Leaving the page inside the debounce still saves the last keystroke. A reload opens the
  // address as it was when the reload began, even when it is written at beforeunload
  // (e2e/model.spec.ts found it: paste, reload within 300 ms brought back the text without the
  // paste), so the tab also notes the state with the address it leaves from, for the start.
  useEffect(() => {
    const flush = () => {
      if (timer.current === undefined) return;
      const from = window.location.hash;
      persist();
      writeLeavingState(sessionStore(), from, keptState());
    };
    window.addEventListener("beforeunload", flush);
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("beforeunload", flush);
      window.removeEventListener("pagehide", flush);
      clearTimeout(timer.current);
    };
  }, [persist, keptState]);

  const onStateChange = useCallback(
    (state: WorkspaceState) => {
      current.current = state;
      if (!started.current) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(persist, URL_DEBOUNCE_MS);
    },
    [persist],
  );

  function loadExample() {
    const example = examples.find((e) => e.id === exampleId);
    if (!example) return;
    // A lesson's example comes with that lesson's project, as on the lesson page.
    const state: ShareState = example.id === "empty" ? { text: example.text, target: null } : { text: example.text, target: null, lesson: example.id };
    const encoded = encodeShareState(state);
    // A new history entry, so Back returns to what was there before.
    if (encoded.ok) window.history.pushState(null, "", encoded.hash);
    setMessage(null);
    load(state, example.text, "example");
  }

  function share() {
    persist();
    return shareLink(`${window.location.origin}${window.location.pathname}`, current.current);
  }

  const lessonLabel = mounted.lesson ? (examples.find((e) => e.id === mounted.lesson?.slug)?.label ?? mounted.lesson.slug) : null;
  const contextNote = mounted.lesson
    ? mounted.lesson.loaded
      ? `Build context: the project of ${lessonLabel}, as on its page.`
      : `The project of ${lessonLabel} could not be loaded (offline on a first visit?): sizes of files from the build context are unknown.`
    : null;
  const note = [SOURCE_NOTE[mounted.source], contextNote].filter(Boolean).join(" ");
  return (
    <div>
      {message !== null && (
        <div role="alert" className="mb-4 flex flex-wrap items-start justify-between gap-3 rounded-lg border border-danger bg-surface p-3 text-sm">
          <p className="m-0 max-w-3xl">
            <strong>This link could not be opened.</strong> {message}
          </p>
          <Button className="min-h-8 py-0" onClick={() => setMessage(null)}>
            Dismiss
          </Button>
        </div>
      )}
      <div className="mb-4 flex flex-wrap items-end gap-x-3 gap-y-2">
        <div className="min-w-0 flex-1 sm:max-w-md">
          <label htmlFor={selectId} className="block text-sm font-bold">
            Example
          </label>
          <select
            id={selectId}
            className="mt-1 min-h-10 w-full rounded-md border border-border bg-surface px-2 text-sm"
            value={exampleId}
            onChange={(e) => setExampleId(e.target.value)}
          >
            {examples.map((example) => (
              <option key={example.id} value={example.id}>
                {example.label}
              </option>
            ))}
          </select>
        </div>
        <Button onClick={loadExample}>Load example</Button>
        {note && <p className="m-0 basis-full text-sm text-muted">{note}</p>}
      </div>
      <PartLoadNotice parts={modelFailed ? ["analysis"] : []} save={persist} className="mb-4 rounded-lg" />
      {linkNotice !== null && (
        <p role="status" className="mb-3 text-sm text-danger">
          {linkNotice}
        </p>
      )}
      <DockerfileWorkspace
        key={mounted.key}
        storageKey={null}
        original={mounted.original}
        initial={mounted.initial}
        {...(mounted.build ? { build: mounted.build } : {})}
        onStateChange={onStateChange}
        onSaveNow={persist}
        actions={() => <ShareButton share={share} onDownload={() => downloadText("Dockerfile", current.current.text)} />}
      />
    </div>
  );
}
