import { describe, expect, it } from "vitest";
import { analyzeDockerfile } from "./analysis/analyze";
import { imageUsers } from "./catalog/image-users";
import { parseDockerfile } from "./parser/parse";
import { resolveUser, stageUsers } from "./users";

const finalUsers = (text: string) => {
  const parsed = parseDockerfile(text);
  const analysis = analyzeDockerfile(parsed);
  return stageUsers(parsed, analysis, { baseUsers: imageUsers })[analysis.target ?? 0]!;
};

describe("the users of an image", () => {
  it("groupadd and useradd with long flags give the user its UID and GID", () => {
    const db = finalUsers("FROM python:3.12-slim\nRUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app app\n");
    expect(resolveUser("app", db)).toEqual({ uid: 10001, gid: 10001, name: "app", status: "found" });
  });

  it("useradd without a group makes a group of the user's name whose GID useradd picks (unknown)", () => {
    const db = finalUsers("FROM python:3.12-slim\nRUN useradd -r -u 10001 app\n");
    expect(resolveUser("app", db)).toMatchObject({ uid: 10001, gid: null, status: "found" });
  });

  it("BusyBox's addgroup -g and adduser -u -G (Alpine), short flags run together", () => {
    const db = finalUsers("FROM alpine:3.23\nRUN addgroup -S -g 10001 app && adduser -SD -u 10001 -G app app\n");
    expect(resolveUser("app", db)).toMatchObject({ uid: 10001, gid: 10001 });
  });

  it("a bare UID takes its primary group from the passwd entry with that UID", () => {
    const db = finalUsers("FROM python:3.12-slim\nRUN groupadd -g 10001 app && useradd -u 10001 -g 10001 app\n");
    expect(resolveUser("10001", db)).toEqual({ uid: 10001, gid: 10001, name: "app", status: "found" });
  });

  it("scratch has no passwd file: any name is missing, a number works", () => {
    const db = finalUsers("FROM scratch\nCOPY x /x\n");
    expect(resolveUser("app", db).status).toBe("missing");
    expect(resolveUser("root", db).status).toBe("missing");
    expect(resolveUser("65532:65532", db)).toMatchObject({ uid: 65532, gid: 65532, status: "found" });
  });

  it("COPY --from a stage's /etc/passwd brings that stage's users", () => {
    const db = finalUsers("FROM alpine:3.23 AS build\nRUN adduser -D -u 10001 app\nFROM scratch\nCOPY --from=build /etc/passwd /etc/group /etc/\n");
    expect(resolveUser("app", db)).toMatchObject({ uid: 10001, status: "found" });
  });

  it("distroless lists root, nobody and nonroot, and its :nonroot tag runs as 65532", () => {
    const db = finalUsers("FROM gcr.io/distroless/static-debian13:nonroot\n");
    expect(resolveUser("nonroot", db).uid).toBe(65532);
    expect(resolveUser("app", db).status).toBe("missing");
    expect(imageUsers("gcr.io/distroless/static-debian13:nonroot")?.user).toBe("65532");
    expect(imageUsers("gcr.io/distroless/static-debian13")?.user).toBe("");
  });

  it("the node images have Alpine's or Debian's users and node (UID 1000); other names are missing", () => {
    const db = finalUsers("FROM node:24-alpine\n");
    expect(resolveUser("node", db)).toMatchObject({ uid: 1000, gid: 1000, status: "found" });
    expect(resolveUser("nodejs", db).status).toBe("missing");
    expect(resolveUser("www-data", finalUsers("FROM python:3.12-slim\n"))).toMatchObject({ uid: 33, status: "found" });
    expect(resolveUser("app", finalUsers("FROM golang:1.26\n")).status).toBe("unknown");
    expect(resolveUser("root", db)).toMatchObject({ uid: 0, status: "found" });
  });
});
