import { describe, expect, it } from "vitest";
import { parseRunMount } from "./run-mount";

const identity = (w: string) => ({ value: w, error: null });
const errorOf = (r: ReturnType<typeof parseRunMount>) => ("error" in r ? r.error : null);

describe("parseRunMount", () => {
  // [value, error while parsing instructions (no expander), error while dispatching]: what
  // instructions/commands_runmount.go parseMount of moby/buildkit 73ed6825 returned, compiled
  // with its vendored go-csvvalue, go-units and util/suggest (Go 1.19), nil and identity
  // expanders. Ties between two equally close suggestions depend on Go's map order.
  const cases: [string, string | null, string | null][] = [
    ["type=cahce,target=/root/.cache", null, "unsupported mount type \"cahce\" (did you mean cache?)"],
    ["type=CACHE,target=/x", null, null],
    ["type=bind,from=build,target=/src", null, null],
    ["required,type=secret,id=tok", null, "unexpected key 'required' for mount type 'bind'"],
    ["type=secret,required,id=tok", null, null],
    ["type=secret,from=build,target=/x", null, "secret mount should not have a from"],
    ["type=secret", null, "invalid secret mount. one of source, target required"],
    ["type=secret,src=a,id=b", null, "both source and id can't be set"],
    ["type=cache,sharing=privat,target=/x", null, "unsupported sharing value \"privat\" (did you mean private?)"],
    ["type=bind,sharing=locked,target=/x", null, "invalid cache sharing set for bind mount"],
    ["type=bind,mode=0755,target=/x", null, "mode not allowed for \"bind\" type mounts"],
    ["type=cache,mode=0789,target=/x", null, "invalid value 0789 for mode"],
    ["type=cache,uid=-1,target=/x", null, "invalid value -1 for uid"],
    ["type=tmpfs,size=64m,target=/x", null, null],
    ["type=tmpfs,size=64x,target=/x", null, "invalid value for size: 64x"],
    ["type=bind,size=64m,target=/x", null, "unexpected key 'size' for mount type 'bind'"],
    ["type=cache,trget=/x", null, "unexpected key 'trget' in 'trget=/x' (did you mean target?)"],
    ["type=cache,readonly=maybe,target=/x", null, "invalid value for readonly: maybe"],
    ["type=cache,target", null, "invalid field 'target' must be a key=value pair"],
    ["type=\"cache\",target=/x", "failed to parse csv mounts: parse error on line 1, column 6: bare \" in non-quoted-field", "failed to parse csv mounts: parse error on line 1, column 6: bare \" in non-quoted-field"],
    ["type=cache,tar\"get=/x", "failed to parse csv mounts: parse error on line 1, column 15: bare \" in non-quoted-field", "failed to parse csv mounts: parse error on line 1, column 15: bare \" in non-quoted-field"],
    ["\"type=cache,target=/x", "failed to parse csv mounts: parse error on line 1, column 2: extraneous or missing \" in quoted-field", "failed to parse csv mounts: parse error on line 1, column 2: extraneous or missing \" in quoted-field"],
    ["from=$SRC,target=/x", "'from' doesn't support variable expansion, define alias stage instead", null],
    ["from=build$,target=/x", null, null],
    ["", "failed to parse csv mounts: EOF", "failed to parse csv mounts: EOF"],
  ];
  for (const [value, atParse, atDispatch] of cases) {
    it(`${JSON.stringify(value)}`, () => {
      expect(errorOf(parseRunMount(value, null))).toBe(atParse);
      expect(errorOf(parseRunMount(value, identity))).toBe(atDispatch);
    });
  }

  it("reads type, from and target", () => {
    expect(parseRunMount("type=CACHE,dst=/a,from=build,target=/b", identity)).toEqual({ mount: { type: "cache", from: "build", target: "/b" } });
    expect(parseRunMount("from=build,type=cahce", null)).toEqual({ mount: { type: "bind", from: "build", target: "" } });
  });

  it("expands each value before reading it, and stops at an expansion error", () => {
    const env = new Map([["T", "cache"]]);
    const expand = (w: string) => ({ value: w.replace("$T", env.get("T") ?? ""), error: w.includes("?") ? "boom" : null });
    expect(parseRunMount("type=$T,target=/x", expand)).toEqual({ mount: { type: "cache", from: "", target: "/x" } });
    expect(errorOf(parseRunMount("type=bind,target=${X:?}", expand))).toBe("boom");
  });
});
