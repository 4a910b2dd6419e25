import type { Block } from "@/lib/course/markdown-types";
import { StaticCode } from "@/components/editor/static-code";
import { InlineText } from "../ui/inline-text";

const isDetails = (block: Block | undefined): block is Extract<Block, { type: "heading" }> =>
  block?.type === "heading" && block.children[0]?.type === "text" && block.children[0].text.startsWith("Details: ");

/**
 * Renders lesson text. A `##`/`###` section whose heading starts with "Details: " is closed
 * behind a disclosure (its heading, without the word, is the summary).
 */
export function LessonProse({ blocks }: { blocks: Block[] }) {
  const parts: ({ kind: "blocks"; blocks: Block[] } | { kind: "details"; heading: Extract<Block, { type: "heading" }>; blocks: Block[] })[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (isDetails(block)) {
      const body: Block[] = [];
      while (i + 1 < blocks.length) {
        const next = blocks[i + 1] as Block;
        if (next.type === "heading" && next.depth <= block.depth) break;
        body.push(next);
        i++;
      }
      parts.push({ kind: "details", heading: block, blocks: body });
    } else {
      const last = parts[parts.length - 1];
      if (last?.kind === "blocks") last.blocks.push(block);
      else parts.push({ kind: "blocks", blocks: [block] });
    }
  }
  return (
    <>
      {parts.map((part, i) =>
        part.kind === "blocks" ? (
          <ProseBlocks key={i} blocks={part.blocks} />
        ) : (
          <details key={i} id={part.heading.id} className="my-4 rounded-lg border border-border bg-surface px-4 py-2">
            <summary className="cursor-pointer font-semibold">
              <InlineText nodes={[{ type: "text", text: (part.heading.children[0] as { text: string }).text.slice("Details: ".length) }, ...part.heading.children.slice(1)]} />
            </summary>
            <ProseBlocks blocks={part.blocks} />
          </details>
        ),
      )}
    </>
  );
}

/** One case per node type: the registry of what a lesson can contain. */
function ProseBlocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.type) {
          case "heading": {
            const Tag = block.depth === 2 ? "h2" : "h3";
            return (
              <Tag key={i} id={block.id}>
                <InlineText nodes={block.children} />
              </Tag>
            );
          }
          case "paragraph":
            return (
              <p key={i}>
                <InlineText nodes={block.children} />
              </p>
            );
          case "list": {
            const Tag = block.ordered ? "ol" : "ul";
            return (
              <Tag key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    <InlineText nodes={item} />
                  </li>
                ))}
              </Tag>
            );
          }
          case "code":
            return (
              <div key={i} className="my-4 overflow-hidden rounded-lg border border-border">
                {block.lang === "dockerfile" ? (
                  <StaticCode text={block.text} label="Dockerfile example" />
                ) : (
                  <pre className="code-block m-0 overflow-x-auto px-4 py-3" tabIndex={0} aria-label={`${block.lang} example`}>
                    <code>{block.text}</code>
                  </pre>
                )}
              </div>
            );
          case "callout":
            return (
              <aside key={i} className="my-6 rounded-lg border-l-4 border-[var(--code-highlight-border)] bg-[var(--callout-bg)] px-5 py-1">
                <LessonProse blocks={block.children} />
              </aside>
            );
        }
      })}
    </>
  );
}
