import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadProjectFiles } from "../course/load";
import { toContextFiles } from "../dockerfile/build-context";
import { simulateForPanels } from "./simulation-view";
import { RUN_LESSONS } from "./run-view";

const context = toContextFiles(loadProjectFiles("copy-from"));
const lessonFile = (name: string) => readFileSync(new URL(`../../lessons/copy-from/${name}`, import.meta.url), "utf8");

describe("the docker run panel on lesson 3", () => {
  it("starts the std::cout hello once libstdc++ is installed, with its known output", () => {
    const view = simulateForPanels(lessonFile("fixed.Dockerfile"), { contextFiles: context, tag: "hello-cout" });
    expect(view.run?.command).toBe("$ docker run --rm hello-cout");
    expect(view.run?.outcome).toBe("starts");
    expect(view.run?.headline).toBe("Starts: runs `/app/hello` as root");
    expect(view.run?.output).toEqual(Array.from({ length: 10 }, () => "Hello world using CMake!"));
    expect(view.runDiagnostic).toBeNull();
  });

  it("fails without it, in musl's words, with the Problems finding and its quick fix on the final FROM", () => {
    const text = lessonFile("broken.Dockerfile");
    const view = simulateForPanels(text, { contextFiles: context, tag: "hello-cout" });
    expect(view.run?.outcome).toBe("fails");
    expect(view.run?.printed).toBe("Error loading shared library libstdc++.so.6: No such file or directory (needed by ./hello)");
    expect(view.run?.exitCode).toBe(127);
    expect(view.run?.lesson).toEqual({ slug: "copy-from", title: "COPY --from in depth" });
    const d = view.runDiagnostic;
    const fromLine = text.split("\n").findIndex((l) => l === "FROM alpine:latest") + 1;
    expect(d?.rule).toBe("ContainerWouldNotStart");
    expect(d?.line).toBe(fromLine);
    expect(d?.fix?.replacement).toBe("\nRUN apk add --no-cache libstdc++");
  });

  it("wraps runc's words as docker run prints them and offers exec form for a shell-form CMD on scratch", () => {
    const text = 'FROM golang:1.26-alpine AS build\nWORKDIR /src\nRUN CGO_ENABLED=0 go build -o /server .\nFROM scratch\nCOPY --from=build /server /server\nCMD /server\n';
    const view = simulateForPanels(text, {});
    expect(view.run?.printed).toContain('error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory');
    expect(view.runDiagnostic?.line).toBe(6);
    expect(view.runDiagnostic?.fix?.replacement).toBe('CMD ["/server"]');
  });

  it("names each lesson by its real title", () => {
    for (const [slug, title] of Object.entries(RUN_LESSONS)) {
      const md = readFileSync(new URL(`../../lessons/${slug}/lesson.md`, import.meta.url), "utf8");
      expect(/^title: "?(.*?)"?$/m.exec(md)?.[1]).toBe(title);
    }
  });
});
