"use client";
/** The exercise card, loaded when its step opens (or its Practice card renders): see lazyPart. */
import { lazyPart } from "@/components/ui/lazy-part";
import type { ExerciseCardProps } from "./exercise-card";

export const LazyExerciseCard = lazyPart<ExerciseCardProps>(() => import("./exercise-card").then((m) => m.ExerciseCard), "exercise");
