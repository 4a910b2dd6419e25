import { marked, type Token, type Tokens } from "marked";
import { LessonError } from "./errors";
import type { Block, Inline } from "./markdown-types";

/** A URL a lesson may link to: the site's own pages, anchors, or https documentation. */
function isSafeHref(href: string): boolean {
  return /^(https:\/\/|\/|#)/.test(href);
}

/** Turns a heading into a stable fragment id (`## Stages: one Dockerfile` → `stages-one-dockerfile`). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function plainText(nodes: Inline[]): string {
  return nodes
    .map((n) => (n.type === "text" || n.type === "code" ? n.text : n.type === "break" ? " " : "children" in n ? plainText(n.children) : ""))
    .join("");
}

function lineOf(source: string, raw: string): number {
  const at = source.indexOf(raw);
  return at < 0 ? 0 : source.slice(0, at).split("\n").length;
}

/** Parses Markdown into the lesson node types, failing on anything the site does not render. */
export function parseLessonMarkdown(source: string, file: string, lineOffset = 0): Block[] {
  const fail = (raw: string, problem: string): never => {
    const line = lineOf(source, raw) + lineOffset;
    throw new LessonError(line > 0 ? `${file}:${line}` : file, problem);
  };

  const inline = (tokens: Token[] | undefined): Inline[] =>
    (tokens ?? []).flatMap((t): Inline[] => {
      switch (t.type) {
        case "text":
        case "escape":
          return (t as Tokens.Text).tokens ? inline((t as Tokens.Text).tokens) : [{ type: "text", text: (t as Tokens.Text).text }];
        case "codespan":
          return [{ type: "code", text: (t as Tokens.Codespan).text }];
        case "strong":
          return [{ type: "strong", children: inline((t as Tokens.Strong).tokens) }];
        case "em":
          return [{ type: "em", children: inline((t as Tokens.Em).tokens) }];
        case "br":
          return [{ type: "break" }];
        case "link": {
          const link = t as Tokens.Link;
          if (!isSafeHref(link.href)) fail(t.raw, `link "${link.href}" must start with https://, / or #`);
          return [{ type: "link", href: link.href, children: inline(link.tokens) }];
        }
        default:
          return fail(t.raw, `unsupported inline Markdown (${t.type}) in "${t.raw.slice(0, 40)}"; use text, \`code\`, **bold**, *italic* or [links](https://...)`);
      }
    });

  const blocks = (tokens: Token[]): Block[] =>
    tokens.flatMap((t): Block[] => {
      switch (t.type) {
        case "space":
          return [];
        case "heading": {
          const h = t as Tokens.Heading;
          if (h.depth !== 2 && h.depth !== 3) fail(t.raw, `heading level ${h.depth} is not allowed; the lesson title is level 1, use ## or ###`);
          const children = inline(h.tokens);
          return [{ type: "heading", depth: h.depth as 2 | 3, id: slugify(plainText(children)), children }];
        }
        case "paragraph":
          return [{ type: "paragraph", children: inline((t as Tokens.Paragraph).tokens) }];
        case "list": {
          const list = t as Tokens.List;
          return [
            {
              type: "list",
              ordered: list.ordered,
              items: list.items.map((item) => {
                if (item.tokens.some((x) => x.type !== "text" && x.type !== "space")) {
                  fail(item.raw, "list items may hold one paragraph of inline text; nested lists and blocks are not supported");
                }
                return inline(item.tokens.filter((x) => x.type === "text"));
              }),
            },
          ];
        }
        case "code": {
          const code = t as Tokens.Code;
          const [lang = "text", ...rest] = (code.lang ?? "").trim().split(/\s+/).filter(Boolean);
          if (rest.length === 0) return [{ type: "code", lang, text: code.text }];
          const marker = rest.join(" ");
          if (lang !== "dockerfile" || (marker !== "fragment" && marker !== "error") || rest.length > 1) {
            return fail(t.raw, `code block info string "${(code.lang ?? "").trim()}" is not allowed; use a language alone, or \`dockerfile fragment\` / \`dockerfile error\``);
          }
          return [{ type: "code", lang, text: code.text, marker }];
        }
        case "blockquote":
          return [{ type: "callout", children: blocks((t as Tokens.Blockquote).tokens) }];
        default:
          return fail(t.raw, `unsupported Markdown block (${t.type}); use paragraphs, ## headings, lists, \`\`\` code blocks or > callouts`);
      }
    });

  return blocks(marked.lexer(source));
}

/** Parses one line of inline Markdown (annotation text, objectives). */
export function parseInlineMarkdown(source: string, file: string): Inline[] {
  const parsed = parseLessonMarkdown(source, file);
  if (parsed.length === 0) return [];
  const [first] = parsed;
  if (parsed.length > 1 || first?.type !== "paragraph") {
    throw new LessonError(file, `"${source.slice(0, 40)}" must be one paragraph of inline text`);
  }
  return first.children;
}
