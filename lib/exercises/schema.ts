/**
 * Exercise checks: declarative statements about a student's Dockerfile, evaluated against
 * the analyser's result. They are data in each lesson's exercises.yaml, validated at build
 * time against this schema, so an instructor writes checks without writing code.
 */
import { z } from "zod";
import { isRuleName, RULES, type RuleName } from "../dockerfile/rules";

const stageRef = z.union([z.string().min(1), z.number().int().min(0)]);
const label = { label: z.string().min(1).optional() };

/** One declarative exercise check, as exercises.yaml writes it. `label` overrides the sentence the student sees. */
export const exerciseCheck = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("stages"), min: z.number().int().min(1).optional(), max: z.number().int().min(1).optional(), ...label }),
  z.strictObject({ type: z.literal("stageNamed"), name: z.string().min(1), ...label }),
  z.strictObject({ type: z.literal("finalBase"), oneOf: z.array(z.string().min(1)).min(1), ...label }),
  z.strictObject({ type: z.literal("needs"), stage: stageRef, from: z.string().min(1), kind: z.enum(["from", "copy", "mount"]).optional(), ...label }),
  z.strictObject({ type: z.literal("targetBuilds"), target: z.string().min(1), stages: z.array(z.string().min(1)).min(1), ...label }),
  z.strictObject({
    type: z.literal("instruction"),
    stage: stageRef,
    instruction: z.string().regex(/^[A-Za-z]+$/),
    contains: z.string().min(1).optional(),
    present: z.boolean().optional(),
    ...label,
  }),
  z.strictObject({ type: z.literal("noError"), ...label }),
  z.strictObject({ type: z.literal("noBuildCheckWarnings"), ...label }),
  z.strictObject({
    type: z.literal("noRule"),
    rule: z.string().refine((name): name is RuleName => isRuleName(name), { message: `must be one of the analyser's rules: ${RULES.map((r) => r.name).join(", ")}` }),
    ...label,
  }),
  z.strictObject({ type: z.literal("noBuildTools"), ...label }),
]);

