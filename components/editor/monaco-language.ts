"use client";
/**
 * Language features of the Dockerfile editor, registered once with Monaco: quick fixes from
 * the analyser's certain fixes, hover documentation from dockerfile-language-service, stage
 * names completed after `--from=`, `from=` and `FROM`, and go-to-definition from a `--from`
 * to its stage. Nothing here reaches the network (no image-tag completion).
 */
// Only the hover of dockerfile-language-service: its main entry also bundles a Docker Hub
// client (tag completion over the network) whose Node polyfills call eval, which the
// site's content security policy rightly refuses.
import { DockerHover } from "dockerfile-language-service/lib/dockerHover";
import { MarkdownDocumentation } from "dockerfile-language-service/lib/dockerMarkdown";
import { PlainTextDocumentation } from "dockerfile-language-service/lib/dockerPlainText";
import { analyzeDockerfile } from "@/lib/dockerfile/analysis/analyze";
import { parseDockerfile } from "@/lib/dockerfile/parser/parse";
import type * as Monaco from "monaco-editor/editor/editor.api";

const INSTRUCTIONS = [
  "FROM", "RUN", "COPY", "ADD", "WORKDIR", "CMD", "ENTRYPOINT", "ENV", "ARG", "EXPOSE", "USER", "LABEL",
  "VOLUME", "HEALTHCHECK", "SHELL", "STOPSIGNAL", "ONBUILD",
];

export function registerDockerfileFeatures(monaco: typeof Monaco, language: string): void {
  const hover = new DockerHover(new MarkdownDocumentation(), new PlainTextDocumentation());

  monaco.languages.registerCodeActionProvider(
    language,
    {
      provideCodeActions(model, range, context) {
        const analysis = analyzeDockerfile(model.getValue());
        const actions: Monaco.languages.CodeAction[] = [];
        for (const d of analysis.diagnostics) {
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
      const line = model.getLineContent(position.lineNumber);
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const analysis = analyzeDockerfile(model.getValue());
      const parsed = parseDockerfile(model.getValue());
      // The --from / from= value or FROM argument under the cursor, if it names a stage.
      const name = /(?:--from=|from=)([\w.-]+)/i.exec(line)?.[1] ?? /^\s*FROM\s+(?:--\S+\s+)*([\w.-]+)/i.exec(line)?.[1];
      if (!name || !name.toLowerCase().includes(word.word.toLowerCase())) return null;
      const edge = analysis.edges.find((e) => e.line === position.lineNumber);
      const stage = edge ? parsed.stages[edge.from] : undefined;
      if (!stage) return null;
      return { uri: model.uri, range: new monaco.Range(stage.line, 1, stage.line, model.getLineMaxColumn(stage.line)) };
    },
  });

  monaco.languages.registerCompletionItemProvider(language, {
    triggerCharacters: ["=", " "],
    provideCompletionItems(model, position) {
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      const parsed = parseDockerfile(model.getValue());
      const current = parsed.stages.findIndex((s) => position.lineNumber >= s.line && position.lineNumber <= s.endLine);
      // Only stages defined before the current one: BuildKit rejects a later stage
      // (`cannot copy from stage …`) and the current one (circular dependency), and FROM
      // looks names up among earlier stages only (FACTS.md).
      const names = new Set<string>();
      const earlierStages = () =>
        parsed.stages
          .filter((s, i) => s.name !== null && i < current && !names.has(s.name) && names.add(s.name))
          .map((s) => ({
            label: s.name ?? "",
            kind: monaco.languages.CompletionItemKind.Reference,
            detail: `stage ${s.index}, FROM ${s.baseRaw} (line ${s.line})`,
            insertText: s.name ?? "",
            range,
          }));
      if (/(?:--from=|[,\s]from=)[\w.-]*$/i.test(before)) return { suggestions: earlierStages() };
      if (/^\s*FROM\s+(?:--\S+\s+)*[\w.-]*$/i.test(before)) return { suggestions: earlierStages() };
      if (/^\s*[A-Za-z]*$/.test(before)) {
        return {
          suggestions: INSTRUCTIONS.map((keyword) => ({
            label: keyword,
            kind: monaco.languages.CompletionItemKind.Keyword,
            insertText: `${keyword} `,
            range,
          })),
        };
      }
      return { suggestions: [] };
    },
  });
}
