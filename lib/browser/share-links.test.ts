/**
 * How long the playground link of every Dockerfile the course shows would be, and whether the
 * Share buttons hand it out as a link or offer a download (MAX_LINK_LENGTH). The figures are
 * printed, and pinned by the snapshot below, so a lesson that grows past the bound is seen in
 * review rather than by a student whose link arrived cut off.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { decodeShareHash, MAX_LINK_LENGTH, shareLink } from "./share";

const LESSONS = path.resolve(import.meta.dirname, "../../lessons");
/**
 * An origin of typical length for a course's host (26 characters). The browser measures the
 * real one; on a host whose origin is n characters longer, every link below is n longer.
 */
const PLAYGROUND = "https://course.example.org/playground/";

interface Row {
  lesson: string;
  file: string;
  /** The lesson's own Dockerfile (the one in its editor), not a further example or exercise file. */
  main: boolean;
  chars: number;
  link: number | null;
  shared: "link" | "download";
}

function rows(): Row[] {
  const course = parse(readFileSync(path.join(LESSONS, "course.yaml"), "utf8")) as { lessons: string[] };
  return course.lessons.flatMap((slug) => {
    const front = parse(readFileSync(path.join(LESSONS, slug, "lesson.md"), "utf8").split(/^---$/m)[1] ?? "") as { dockerfile: string };
    return readdirSync(path.join(LESSONS, slug))
      .filter((f) => f.endsWith(".Dockerfile"))
      .sort()
      .map((file) => {
        const text = readFileSync(path.join(LESSONS, slug, file), "utf8");
        const link = shareLink(PLAYGROUND, { text, target: null });
        return {
          lesson: slug,
          file,
          main: file === front.dockerfile,
          chars: text.length,
          link: link.ok ? link.url.length : link.length,
          shared: link.ok ? "link" : "download",
        } satisfies Row;
      });
  });
}

describe("share links of the course's Dockerfiles", () => {
  const table = rows();

  it("prints each link's length", () => {
    console.log(
      [`link length with origin ${new URL(PLAYGROUND).origin} (bound ${MAX_LINK_LENGTH}):`, ...table.map((r) => `${r.lesson}/${r.file}${r.main ? " (lesson)" : ""}: ${r.chars} chars → ${r.link} link chars, ${r.shared}`)].join("\n"),
    );
    expect(table.length).toBeGreaterThan(12);
  });

  it("a link is handed out exactly when it is at most 2,000 characters, and it opens the Dockerfile", () => {
    for (const row of table) {
      const text = readFileSync(path.join(LESSONS, row.lesson, row.file), "utf8");
      const link = shareLink(PLAYGROUND, { text, target: null });
      expect(row.link, row.file).not.toBeNull();
      expect(link.ok, `${row.lesson}/${row.file}`).toBe((row.link ?? Infinity) <= MAX_LINK_LENGTH);
      if (link.ok) {
        const decoded = decodeShareHash(new URL(link.url).hash);
        expect(decoded.ok && decoded.state.text).toBe(text);
      } else {
        expect(link.message).toContain(`would be ${(row.link ?? 0).toLocaleString("en")} characters long`);
        expect(link.message).toContain("download the Dockerfile");
      }
    }
  });

  it("every lesson's own Dockerfile fits in a link", () => {
    expect(table.filter((r) => r.main && r.shared !== "link").map((r) => `${r.lesson}/${r.file}: ${r.link}`)).toEqual([]);
  });

  it("the lengths, file by file", () => {
    expect(table.map((r) => `${r.lesson}/${r.file}${r.main ? " (lesson)" : ""} ${r.link} ${r.shared}`)).toMatchSnapshot();
  });
});
