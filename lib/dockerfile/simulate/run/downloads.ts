/** Programs that fetch something at build time: what they bring is not knowable from the Dockerfile. */
import { holds, unknown, type RunHandler } from "./context";

export const download: RunHandler = ({ command, scope }) => {
  unknown(scope, { kind: "download", program: command.name });
  holds(scope, { kind: "download", program: command.name });
};

export const DOWNLOADERS = ["curl", "wget", "git"] as const;
