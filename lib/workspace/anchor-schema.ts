/** The schema of an annotation's anchor, as annotations.yaml writes it; the type follows from it. */
import { z } from "zod";

/**
 * Where an annotation points, by meaning rather than by line number: a stage (a name such as
 * `build` or `stage-1`, a 0-based index, or `last`), an instruction keyword, and optionally
 * text the instruction (flags and arguments, as written) must contain, case-insensitive.
 */
export const annotationAnchor = z.strictObject({
  stage: z.union([z.string().min(1), z.number().int().min(0)]),
  instruction: z.string().regex(/^[A-Za-z]+$/, "must be an instruction keyword such as FROM or COPY"),
  contains: z.string().min(1).optional(),
});

export type AnnotationAnchor = z.infer<typeof annotationAnchor>;
