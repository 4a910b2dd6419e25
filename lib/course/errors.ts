/**
 * A lesson that cannot be built. The message names the file and says what to fix, e.g.
 * `lessons/02-naming/annotations.yaml: annotation 3 matches no instruction "COPY --from=builder"`.
 */
export class LessonError extends Error {
  constructor(
    /** Path of the offending file, relative to the project root. */
    readonly file: string,
    /** What is wrong and how to fix it. */
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "LessonError";
  }
}
