/** The one Monaco internal the editor uses (components/editor/monaco-rulers.ts), as Monaco 0.57.0 ships it. */
declare module "monaco-editor/editor/common/viewModel/monospaceLineBreaksComputer" {
  interface LineBreaksContext {
    getLineContent(lineNumber: number): string;
  }
  interface LineBreaksComputer {
    addRequest(lineNumber: number, previousLineBreakData: unknown): void;
    finalize(): (unknown | null)[];
  }
  export class MonospaceLineBreaksComputerFactory {
    createLineBreaksComputer(context: LineBreaksContext, ...rest: unknown[]): LineBreaksComputer;
  }
}
