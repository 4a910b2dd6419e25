/**
 * The users and groups each stage's image knows (its /etc/passwd and /etc/group), read
 * without running anything: the base image's own entries where the catalog knows them, then
 * what each `RUN useradd`/`groupadd`/`adduser`/`addgroup` adds, and what a
 * `COPY --from=<stage> /etc/passwd` brings. Docker resolves a `USER name` against the final
 * image's passwd file when the container starts (moby/sys/user GetExecUser): a name that is
 * not there fails, a numeric ID always works.
 */
import type { Analysis } from "./analysis/types";
import { splitWords } from "./parser/lex";
import type { DockerfileDocument } from "./parser/types";
import { runScript, simpleCommands, type SimpleCommand } from "./shell/commands";

/** One user of the passwd file. */
export interface UserEntry {
  name: string;
  /** Null when the model cannot tell which ID the tool picks. */
  uid: number | null;
  gid: number | null;
}

/** A stage's user database. */
export interface UserDb {
  users: Map<string, UserEntry>;
  /** Group name to GID (null when unknown). */
  groups: Map<string, number | null>;
  /** False when the base image's own passwd file is unknown (then only what the Dockerfile adds is listed). */
  complete: boolean;
}

/** The base image's passwd and group entries, or null when unknown. `scratch` has none. */
export type BaseUsers = (ref: string) => { users: UserEntry[]; groups: [string, number][]; complete: boolean } | null;

const empty = (complete: boolean): UserDb => ({ users: new Map(), groups: new Map(), complete });
const clone = (db: UserDb): UserDb => ({ users: new Map(db.users), groups: new Map(db.groups), complete: db.complete });

const asNumber = (v: string | undefined): number | null => (v !== undefined && /^\d+$/.test(v) ? Number(v) : null);

/** The option values and operands of a command, with each option's aliases folded to one name. */
function options(args: string[], withValue: Record<string, string>, flags: Record<string, string>): { values: Map<string, string>; set: Set<string>; operands: string[] } {
  const values = new Map<string, string>();
  const set = new Set<string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (withValue[name]) {
      const value = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (value !== undefined) values.set(withValue[name] as string, value);
    } else if (flags[name]) set.add(flags[name] as string);
    else if (/^-[A-Za-z]{2,}$/.test(a)) {
      // Short flags run together (`-DS`); a value-taking one must come last with its value next.
      for (const ch of a.slice(1)) {
        const short = `-${ch}`;
        if (withValue[short]) {
          const value = args[++i];
          if (value !== undefined) values.set(withValue[short] as string, value);
        } else if (flags[short]) set.add(flags[short] as string);
      }
    } else if (!a.startsWith("-")) operands.push(a);
  }
  return { values, set, operands };
}

/** shadow's useradd and groupadd (Debian, Ubuntu). */
const USERADD_VALUES = { "-u": "uid", "--uid": "uid", "-g": "gid", "--gid": "gid", "-G": "groups", "--groups": "groups", "-d": "home", "--home-dir": "home", "-s": "shell", "--shell": "shell", "-c": "comment", "--comment": "comment", "-K": "key", "--key": "key", "-p": "password", "--password": "password", "-e": "expire", "-f": "inactive", "-k": "skel", "-b": "base", "-R": "root" };
const USERADD_FLAGS = { "-r": "system", "--system": "system", "-m": "home", "--create-home": "home", "-M": "nohome", "-U": "usergroup", "--user-group": "usergroup", "-N": "nousergroup", "--no-user-group": "nousergroup", "-o": "nonunique", "--non-unique": "nonunique", "-l": "nolog" };
const GROUPADD_VALUES = { "-g": "gid", "--gid": "gid", "-K": "key", "-p": "password" };
const GROUPADD_FLAGS = { "-r": "system", "--system": "system", "-f": "force", "--force": "force", "-o": "nonunique" };
/** BusyBox adduser/addgroup (Alpine) and Debian's adduser/addgroup (long options). */
const ADDUSER_VALUES = { "-u": "uid", "--uid": "uid", "-G": "group", "--ingroup": "group", "--gid": "gid", "-h": "home", "--home": "home", "-s": "shell", "--shell": "shell", "-g": "gecos", "--gecos": "gecos", "-k": "skel", "--comment": "gecos" };
const ADDUSER_FLAGS = { "-S": "system", "--system": "system", "-D": "nopassword", "--disabled-password": "nopassword", "-H": "nohome", "--no-create-home": "nohome", "--group": "group", "--disabled-login": "nologin", "--quiet": "quiet", "-q": "quiet" };
const ADDGROUP_VALUES = { "-g": "gid", "--gid": "gid" };
const ADDGROUP_FLAGS = { "-S": "system", "--system": "system" };

function gidOf(db: UserDb, group: string | undefined): number | null {
  if (group === undefined) return null;
  return asNumber(group) ?? db.groups.get(group) ?? null;
}

/** What one command does to the database. */
function applyCommand(db: UserDb, command: SimpleCommand): void {
  const { name, args } = command;
  if (name === "groupadd" || name === "addgroup") {
    const o = name === "groupadd" ? options(args, GROUPADD_VALUES, GROUPADD_FLAGS) : options(args, ADDGROUP_VALUES, ADDGROUP_FLAGS);
    // `addgroup user group` (BusyBox) adds an existing user to a group: no new group.
    if (name === "addgroup" && o.operands.length === 2) return;
    const group = o.operands[0];
    if (group) db.groups.set(group, asNumber(o.values.get("gid")));
    return;
  }
  if (name === "useradd") {
    const o = options(args, USERADD_VALUES, USERADD_FLAGS);
    const user = o.operands[o.operands.length - 1];
    if (!user) return;
    let gid = gidOf(db, o.values.get("gid"));
    if (!o.values.has("gid") && !o.set.has("nousergroup")) {
      // USERGROUPS_ENAB (Debian's default): a group of the user's name, whose ID useradd picks
      // (for a system user from the system range, not the UID: so unknown here).
      if (!db.groups.has(user)) db.groups.set(user, null);
      gid = db.groups.get(user) ?? null;
    }
    db.users.set(user, { name: user, uid: asNumber(o.values.get("uid")), gid });
    return;
  }
  if (name === "adduser") {
    const o = options(args, ADDUSER_VALUES, ADDUSER_FLAGS);
    // `adduser user group` adds an existing user to a group (BusyBox and Debian).
    if (o.operands.length === 2 && db.users.has(o.operands[0] as string)) return;
    const user = o.operands[0];
    if (!user) return;
    const group = o.values.get("group") ?? o.values.get("gid");
    if (group === undefined && (o.set.has("group") || !o.set.has("system"))) db.groups.set(user, db.groups.get(user) ?? null);
    const gid = group !== undefined ? gidOf(db, group) : (db.groups.get(user) ?? null);
    db.users.set(user, { name: user, uid: asNumber(o.values.get("uid")), gid });
  }
}

/** The options of one computation. */
export interface UsersOptions {
  baseUsers?: BaseUsers;
}

/** Every stage's user database at its end, by stage index. */
export function stageUsers(parsed: DockerfileDocument, analysis: Analysis, options: UsersOptions = {}): UserDb[] {
  const out: UserDb[] = [];
  const byLine = new Map(analysis.edges.filter((e) => e.kind === "copy").map((e) => [`${e.to}:${e.line}`, e.from]));
  parsed.stages.forEach((stage, i) => {
    const info = analysis.stages[i];
    const parent = info?.baseStage ?? null;
    const ref = info?.base ?? stage.baseRaw;
    let db: UserDb;
    if (parent !== null && out[parent]) db = clone(out[parent] as UserDb);
    else if (ref === "scratch") db = empty(true);
    else {
      const base = options.baseUsers?.(ref) ?? null;
      db = empty(base?.complete ?? false);
      for (const u of base?.users ?? []) db.users.set(u.name, u);
      for (const [g, gid] of base?.groups ?? []) db.groups.set(g, gid);
    }
    for (const ins of stage.instructions.slice(1)) {
      if (ins.keyword === "RUN") {
        const script = runScript(ins, parsed.detail.get(ins));
        // Only useradd, adduser, addgroup, groupadd and usermod change the database.
        if (!/user|group/.test(script)) continue;
        for (const command of simpleCommands(script)) applyCommand(db, command);
      } else if (ins.keyword === "COPY") {
        const from = byLine.get(`${i}:${ins.line}`);
        const words = parsed.detail.get(ins)?.json ?? splitWords(ins.args);
        const sources = words.slice(0, -1);
        if (from === undefined || !sources.some((s) => s.replace(/^"|"$/g, "") === "/etc/passwd")) continue;
        // The passwd file of another stage replaces this one's.
        const src = out[from];
        db = src ? clone(src) : empty(false);
      }
    }
    out[i] = db;
  });
  return out;
}

/** What a `USER` value means in an image. */
export interface ResolvedUser {
  /** Null when the model cannot tell (a name whose entry has no known ID, or an unknown passwd file). */
  uid: number | null;
  gid: number | null;
  /** The user's name, or null for a bare number. */
  name: string | null;
  /** `found`: in the passwd file, or numeric; `missing`: a name the passwd file lacks (docker run fails); `unknown`: the passwd file is unknown. */
  status: "found" | "missing" | "unknown";
}

/** Resolves `USER name[:group]` or `uid[:gid]` (an empty value is root). */
export function resolveUser(user: string, db: UserDb): ResolvedUser {
  const value = user.trim() === "" ? "root" : user.trim();
  const [who = "", group] = value.split(":");
  const groupGid = group === undefined ? undefined : (asNumber(group) ?? db.groups.get(group) ?? null);
  const uid = asNumber(who);
  if (uid !== null) {
    // A bare UID takes its primary group from the passwd entry with that UID, when there is one.
    const byUid = [...db.users.values()].find((u) => u.uid === uid);
    const gid = groupGid !== undefined ? groupGid : (byUid?.gid ?? (uid === 0 ? 0 : null));
    return { uid, gid, name: byUid?.name ?? null, status: "found" };
  }
  const entry = db.users.get(who);
  if (!entry) {
    if (db.complete) return { uid: null, gid: groupGid ?? null, name: who, status: "missing" };
    // Every distribution's passwd file has root; other names are unknown without it.
    return who === "root" ? { uid: 0, gid: groupGid ?? 0, name: who, status: "unknown" } : { uid: null, gid: groupGid ?? null, name: who, status: "unknown" };
  }
  return { uid: entry.uid, gid: groupGid === undefined ? entry.gid : groupGid, name: who, status: "found" };
}
