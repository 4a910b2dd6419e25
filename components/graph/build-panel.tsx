import { useId } from "react";
import { stageLabel } from "@/lib/dockerfile/stages";
import type { AnalysisModel } from "@/lib/workspace/types";
import { TickedText } from "@/components/ui/ticked-text";

interface BuildPanelProps {
  /** The latest analysis (with its explanations). */
  model: AnalysisModel;
  /** The target chosen (it leads the analysis, which may be paused or a keystroke behind). */
  target: string | null;
  /** The stage holding the editor's cursor. */
  activeStage: number | null;
  onTargetChange(target: string | null): void;
}

const label = (model: AnalysisModel, index: number) => stageLabel({ index, name: model.analysis.stages[index]?.name ?? null });
const list = (items: string[]) => (items.length ? items.map((s) => `\`${s}\``).join(", ") : "none");

/** The Target control, what each builder does for that target, and the cursor's stage explained. */
export function BuildPanel({ model, target, activeStage, onTargetChange }: BuildPanelProps) {
  const { analysis } = model;
  const targetLabel = analysis.target === null ? null : label(model, analysis.target);
  const built = analysis.buildkitStages.map((i) => label(model, i));
  const skipped = analysis.stages.filter((s) => !analysis.buildkitStages.includes(s.index) && analysis.legacyStages.includes(s.index)).map((s) => label(model, s.index));
  const legacy = analysis.legacyStages.map((i) => label(model, i));
  const explanation = activeStage === null ? null : (model.explanations?.[activeStage] ?? null);
  // Duplicate stage names are legal (with a DuplicateStageName warning): list each once.
  const names = [...new Set(model.stageNames)];
  const unknownTarget = target !== null && !names.includes(target.toLowerCase());
  const selectId = useId();

  return (
    <div className="space-y-4">
      <div>
        <label htmlFor={selectId} className="block text-sm font-bold">
          Target
        </label>
        <select
          id={selectId}
          className="mt-1 min-h-10 w-full rounded-md border border-border bg-surface px-2 font-mono text-sm"
          value={target ?? ""}
          onChange={(e) => onTargetChange(e.target.value === "" ? null : e.target.value)}
        >
          <option value="">(default: the last stage)</option>
          {names.map((name) => (
            <option key={name} value={name}>
              --target {name}
            </option>
          ))}
          {unknownTarget && target !== null && <option value={target}>--target {target} (no such stage)</option>}
        </select>
      </div>

      <div className="rounded-lg border border-border bg-surface p-3 text-sm" aria-live="polite" data-testid="target-explanation">
        {analysis.error ? (
          <p className="text-danger">
            <strong>The build fails:</strong> <TickedText text={`\`${analysis.error}\``} />
          </p>
        ) : targetLabel === null ? (
          <p>There is no stage to build yet.</p>
        ) : (
          <>
            <p>
              <TickedText text={`\`docker build${model.for.target === null ? "" : ` --target ${model.for.target}`}\` produces stage \`${targetLabel}\`.`} />
            </p>
            <p className="mt-1.5">
              <strong>BuildKit</strong> builds only what the target needs: <TickedText text={list(built)} />.
              {skipped.length > 0 && (
                <>
                  {" "}
                  It skips <TickedText text={list(skipped)} />.
                </>
              )}
            </p>
            <p className="mt-1.5">
              <strong>The legacy builder</strong> (<code className="inline-code">DOCKER_BUILDKIT=0</code>) runs every stage from the first to the
              target, needed or not: <TickedText text={list(legacy)} />.
            </p>
          </>
        )}
      </div>

      <div className="rounded-lg border border-border bg-surface p-3 text-sm" data-testid="stage-explanation">
        <h4 className="font-bold">{explanation ? <TickedText text={`This stage: \`${explanation.label}\``} /> : "This stage"}</h4>
        {explanation ? (
          <ul className="mt-1.5 list-disc space-y-1 pl-5">
            {explanation.sentences.map((sentence, i) => (
              <li key={i}>
                <TickedText text={sentence} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-muted">Put the cursor in a stage to have it explained.</p>
        )}
      </div>
    </div>
  );
}
