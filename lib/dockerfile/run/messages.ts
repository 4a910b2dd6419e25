/** Every message the simulated build and `docker run` can print, by id, with its source (see SOURCES.md). */
import { BUILD_MESSAGES } from "./build-messages";
import type { RunMessage } from "./message-sources";
import { RUNTIME_MESSAGES } from "./runtime-messages";

export type { Evidence, MessageSource, RealOutput, RunMessage } from "./message-sources";

export const RUN_MESSAGES: readonly RunMessage[] = [...RUNTIME_MESSAGES, ...BUILD_MESSAGES];
