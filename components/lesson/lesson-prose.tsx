import type { Block } from "@/lib/course/markdown-types";
import { StaticCode } from "@/components/editor/static-code";
import { InlineText } from "../ui/inline-text";

/** Renders lesson text. One case per node type: the registry of what a lesson can contain. */
export function LessonProse({ blocks }: { blocks: Block[] }) {
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
