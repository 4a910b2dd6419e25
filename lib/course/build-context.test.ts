import { describe, expect, it } from "vitest";
import { loadLesson } from "./load";
import { toContextFiles } from "../dockerfile/build-context";
import { loadLessonBuild, measuredImage, tagFromCommands } from "./build-context";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("toContextFiles", () => {
  it("keeps the text of small UTF-8 files and only the size of binary or large ones", () => {
    const files = toContextFiles(
      [
        { path: "CMakeLists.txt", data: bytes("add_executable(hello hello.cpp)\n") },
        { path: "logo.png", data: new Uint8Array([137, 80, 78, 71, 0, 1]) },
        { path: "bad.txt", data: new Uint8Array([0xff, 0xfe, 0x41]) },
        { path: "big.txt", data: bytes("x".repeat(50)) },
      ],
      40,
    );
    expect(files).toEqual([
      { path: "CMakeLists.txt", size: 32, content: "add_executable(hello hello.cpp)\n" },
      { path: "logo.png", size: 6 },
      { path: "bad.txt", size: 3 },
      { path: "big.txt", size: 50 },
    ]);
  });
});

describe("tagFromCommands", () => {
  it("docker build -t hello-cmake . names hello-cmake", () => {
    expect(tagFromCommands(["docker build -t hello-cmake .", "docker run --rm hello-cmake"])).toBe("hello-cmake");
  });
  it("prefers the build without --target, and reads --tag=", () => {
    expect(tagFromCommands(["docker build --target test -t hello-web:test .", "docker build --tag=hello-web ."])).toBe("hello-web");
  });
  it("no docker build command: null", () => {
    expect(tagFromCommands(["docker run -t x", "curl http://localhost:3000/"])).toBeNull();
  });
});

describe("measuredImage and loadLessonBuild", () => {
  it("lesson 1 measured hello-cmake latest 8.34MB for its multi-stage Dockerfile", () => {
    const lesson = loadLesson("why-multi-stage");
    expect(measuredImage(lesson, "hello-cmake")).toEqual({ repository: "hello-cmake", tag: "latest", size: "8.34MB" });
    const build = loadLessonBuild(lesson);
    expect(build.tag).toBe("hello-cmake");
    expect(build.contextFiles?.find((f) => f.path === ".dockerignore")).toEqual({ path: ".dockerignore", size: 7, content: "build/\n" });
    expect(build.contextFiles?.map((f) => f.path)).toContain("CMakeLists.txt");
  });
  it("a tag with its own :tag splits into repository and tag; no measured size without a compare side for the Dockerfile", () => {
    const lesson = loadLesson("why-multi-stage");
    expect(measuredImage(lesson, "hello:v1")).toEqual({ repository: "hello", tag: "v1", size: "8.34MB" });
    expect(measuredImage({ ...lesson, compare: null }, "hello")).toBeNull();
    expect(measuredImage(lesson, null)).toBeNull();
  });
});
