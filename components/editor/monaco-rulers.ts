"use client";
/**
 * Comment rulers (`# Runtime Stage -----`) stay one row when Monaco wraps long lines, as in
 * the static view: wrapped, a ruler turns into rows of dashes. Monaco has no per-line wrapping
 * option, so this wraps its line-break computer (the one `wrappingStrategy: "simple"`, the
 * default, uses) and answers "no breaks" for a ruler line; the rest of the ruler is clipped.
 * Monaco 0.57.0 is pinned, and e2e/phone.spec.ts and e2e/presenter.spec.ts fail if this stops
 * working.
 */
import { MonospaceLineBreaksComputerFactory } from "monaco-editor/editor/common/viewModel/monospaceLineBreaksComputer";
import { isCommentRuler } from "@/lib/workspace/comment-ruler";

type Computer = ReturnType<MonospaceLineBreaksComputerFactory["createLineBreaksComputer"]>;

const PATCHED = Symbol.for("stagecraft.rulers");
const proto = MonospaceLineBreaksComputerFactory.prototype as MonospaceLineBreaksComputerFactory & { [PATCHED]?: true };

if (!proto[PATCHED]) {
  const original = proto.createLineBreaksComputer;
  proto.createLineBreaksComputer = function (this: MonospaceLineBreaksComputerFactory, ...args: Parameters<typeof original>): Computer {
    const [context] = args;
    const computer = original.apply(this, args);
    const lines: number[] = [];
    return {
      addRequest(lineNumber, previous) {
        lines.push(lineNumber);
        computer.addRequest(lineNumber, previous);
      },
      finalize() {
        const result = computer.finalize();
        lines.forEach((lineNumber, i) => {
          if (isCommentRuler(context.getLineContent(lineNumber))) result[i] = null;
        });
        return result;
      },
    };
  };
  proto[PATCHED] = true;
}
