"use client";
/**
 * Language features of the Dockerfile editor, registered once with Monaco: quick fixes from
 * the analyser's certain fixes, hover documentation from dockerfile-language-service, stage
 * names completed after `--from=`, `from=` and `FROM`, and go-to-definition from a `--from`
 * to its stage. They read the workspace model the page already computed for the editor's
 * text (attachAnalysis), so the editor never analyses on its own. Nothing here reaches the
 * network (no image-tag completion).
 */
// Only the hover of dockerfile-language-service: its main entry also bundles a Docker Hub
// client (tag completion over the network) whose Node polyfills call eval, which the
// site's content security policy rightly refuses.
import { DockerHover } from "dockerfile-language-service/lib/dockerHover";
import { MarkdownDocumentation } from "dockerfile-language-service/lib/dockerMarkdown";
import { PlainTextDocumentation } from "dockerfile-language-service/lib/dockerPlainText";
import type * as Monaco from "monaco-editor/editor/editor.api";
import { INSTRUCTIONS } from "@/lib/dockerfile/instructions";
import type { AnalysisModel } from "@/lib/workspace/types";

/** The latest analysis of each editor's model, as the page computed it. */
const analyses = new WeakMap<Monaco.editor.ITextModel, () => AnalysisModel>();

/** Lets the language features read `get()` for `model`; returns the detach function. */
export function attachAnalysis(model: Monaco.editor.ITextModel, get: () => AnalysisModel): () => void {
  analyses.set(model, get);
  return () => analyses.delete(model);
}

/** The model's analysis, or null when there is none or it is for another text (the page is catching up). */
function currentAnalysis(model: Monaco.editor.ITextModel): AnalysisModel | null {
  const latest = analyses.get(model)?.();
  return latest && latest.for.text === model.getValue() ? latest : null;
}

/** The stage whose lines hold a 1-based line, or -1. */
function stageAt(analysis: AnalysisModel, line: number): number {
  return analysis.stageSpans.findIndex((s) => line >= s.line && line <= s.endLine);
}

export function registerDockerfileFeatures(monaco: typeof Monaco, language: string): void {
  const hover = new DockerHover(new MarkdownDocumentation(), new PlainTextDocumentation());

  monaco.languages.registerCodeActionProvider(
    language,
    {
      provideCodeActions(model, range, context) {
        const diagnostics = currentAnalysis(model)?.analysis.diagnostics ?? [];
        const actions: Monaco.languages.CodeAction[] = [];
        for (const d of diagnostics) {
          const fix = d.fix;
          if (!fix || fix.line < range.startLineNumber || fix.line > range.endLineNumber) continue;
          actions.push({
            title: fix.title,
            kind: "quickfix",
            isPreferred: true,
            diagnostics: context.markers.filter((m) => m.startLineNumber === d.line && (typeof m.code === "object" ? m.code.value : m.code) === d.rule),
            edit: {
              edits: [
                {
                  resource: model.uri,
                  versionId: model.getVersionId(),
                  textEdit: { range: new monaco.Range(fix.line, fix.startColumn, fix.line, fix.endColumn), text: fix.replacement },
                },
              ],
            },
          });
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ["quickfix"] },
  );

  monaco.languages.registerHoverProvider(language, {
    provideHover(model, position) {
      const found = hover.onHover(model.getValue(), { line: position.lineNumber - 1, character: position.column - 1 }, ["markdown"]);
      if (!found) return null;
      const raw = found.contents;
      const parts = (Array.isArray(raw) ? raw : [raw]).map((c) =>
        typeof c === "string" ? c : "kind" in c ? c.value : `\`\`\`${c.language}\n${c.value}\n\`\`\``,
      );
      return {
        contents: parts.map((value) => ({ value })),
        range: found.range
          ? new monaco.Range(found.range.start.line + 1, found.range.start.character + 1, found.range.end.line + 1, found.range.end.character + 1)
          : undefined,
      };
    },
  });

  monaco.languages.registerDefinitionProvider(language, {
    provideDefinition(model, position) {
      const analysis = currentAnalysis(model);
      const word = model.getWordAtPosition(position)?.word.toLowerCase();
      if (!analysis || !word) return null;
      // The dependency made on this line whose stage the word under the cursor names.
      const edge = analysis.analysis.edges.find((e) => {
        if (e.line !== position.lineNumber) return false;
        const stage = analysis.analysis.stages[e.from];
        return stage !== undefined && (stage.name === word || String(stage.index) === word);
      });
      const span = edge ? analysis.stageSpans[edge.from] : undefined;
      if (!span) return null;
      return { uri: model.uri, range: new monaco.Range(span.line, 1, span.line, model.getLineMaxColumn(span.line)) };
    },
  });

  monaco.languages.registerCompletionItemProvider(language, {
    triggerCharacters: ["=", " "],
    provideCompletionItems(model, position) {
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      // The analysis may be one keystroke behind the text (the `=` just typed): its stage
      // names and line ranges are still right for completing a name.
      const analysis = analyses.get(model)?.();
      const earlierStages = () => {
        if (!analysis) return [];
        // Only stages defined before the current one: BuildKit rejects a later stage
        // (`cannot copy from stage …`) and the current one (circular dependency), and FROM
        // looks names up among earlier stages only.
        const current = stageAt(analysis, position.lineNumber);
        const seen = new Set<string>();
        return analysis.analysis.stages.flatMap((s) => {
          if (s.name === null || s.index >= current || seen.has(s.name)) return [];
          seen.add(s.name);
          return [{ label: s.name, kind: monaco.languages.CompletionItemKind.Reference, detail: `stage ${s.index}, FROM ${s.base} (line ${s.line})`, insertText: s.name, range }];
        });
      };
      if (/(?:--from=|[,\s]from=)[\w.-]*$/i.test(before)) return { suggestions: earlierStages() };
      if (/^\s*FROM\s+(?:--\S+\s+)*[\w.-]*$/i.test(before)) return { suggestions: earlierStages() };
      if (/^\s*[A-Za-z]*$/.test(before)) {
        return {
          suggestions: INSTRUCTIONS.map((keyword) => ({ label: keyword, kind: monaco.languages.CompletionItemKind.Keyword, insertText: `${keyword} `, range })),
        };
      }
      return { suggestions: [] };
    },
  });
}
