/**
 * The user the final image runs as: the last `USER` of the final stage's FROM chain, else the
 * base image's own (distroless `:nonroot` sets 65532; the official images set none, so root),
 * resolved against the image's passwd file as Docker does when the container starts.
 */
import { resolveUser } from "../../dockerfile/users";
import type { CheckContext } from "../context";
import type { ExerciseCheck } from "../types";
import type { Outcome } from "./common";

type Of<T extends ExerciseCheck["type"]> = Extract<ExerciseCheck, { type: T }>;

function labelFor(check: Of<"user">): string {
  const ids = [check.uid !== undefined ? `UID ${check.uid}` : null, check.gid !== undefined ? `GID ${check.gid}` : null].filter(Boolean).join(" and ");
  if (check.name) return `The final image runs as the user \`${check.name}\`${ids ? ` (${ids})` : ""}`;
  if (ids) return `The final image runs as a user with ${ids}`;
  return "The final image runs as a user other than root";
}

export function user(ctx: CheckContext, check: Of<"user">): Outcome {
  const label = labelFor(check);
  const target = ctx.analysis.target;
  if (target === null) return { label, pass: false, detail: "There is no final stage." };
  const value = ctx.user(target);
  const db = ctx.users[target];
  const root = ctx.rootImage(target);
  if (value === null || !db) return { label, pass: false, detail: `No \`USER\` in the final stage, and the user of \`${root}\` is not known: set one with \`USER\`.` };
  const resolved = resolveUser(value, db);
  const named = value === "" ? null : `\`USER ${value}\``;
  if (value === "" || resolved.uid === 0) {
    const why = named ? `the last USER is ${named}, which is root` : `there is no \`USER\`, and \`${root}\` runs as root`;
    return { label, pass: false, detail: `The app still runs as root: ${why}.` };
  }
  if (resolved.status === "missing") {
    return { label, pass: false, detail: `${named} names a user the final image's /etc/passwd does not have: \`docker run\` fails with "unable to find user ${resolved.name}". Create the user in the final stage, or use a numeric ID.` };
  }
  if (check.name !== undefined) {
    const entry = db.users.get(check.name);
    const same = resolved.name === check.name || (resolved.uid !== null && entry !== undefined && entry.uid === resolved.uid);
    if (!same) return { label, pass: false, detail: `${named} is not \`${check.name}\`${entry?.uid != null ? ` (UID ${entry.uid})` : ""}.` };
  }
  if (check.uid !== undefined && resolved.uid !== check.uid) {
    return { label, pass: false, detail: resolved.uid === null ? `${named}: the UID of \`${resolved.name}\` is whatever the tool picked; give it \`${check.uid}\` explicitly.` : `${named} runs as UID ${resolved.uid}.` };
  }
  if (check.gid !== undefined && resolved.gid !== check.gid) {
    return {
      label,
      pass: false,
      detail: resolved.gid === null ? `${named}: the GID is whatever the tool picked; create the group with GID \`${check.gid}\` and make it the user's group.` : `${named} runs with GID ${resolved.gid}.`,
    };
  }
  if (check.nonRoot && resolved.uid === null && resolved.status === "unknown") {
    return { label, pass: true, detail: `${named}: not root, but Stagecraft cannot see whether \`${root}\` defines that user.` };
  }
  return { label, pass: true, detail: null };
}
