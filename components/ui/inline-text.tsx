import type { Inline } from "@/lib/course/markdown-types";

/** Renders lesson inline nodes. The only inline markup a lesson can produce. */
export function InlineText({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        switch (node.type) {
          case "text":
            return node.text;
          case "code":
            return (
              <code key={i} className="inline-code">
                {node.text}
              </code>
            );
          case "strong":
            return (
              <strong key={i} className="font-semibold">
                <InlineText nodes={node.children} />
              </strong>
            );
          case "em":
            return (
              <em key={i}>
                <InlineText nodes={node.children} />
              </em>
            );
          case "break":
            return <br key={i} />;
          case "link":
            return (
              <a key={i} href={node.href} {...(node.href.startsWith("https://") ? { rel: "noreferrer" } : {})}>
                <InlineText nodes={node.children} />
              </a>
            );
        }
      })}
    </>
  );
}
