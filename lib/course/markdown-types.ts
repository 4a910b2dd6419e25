/**
 * The lesson text as plain, serialisable data. Lessons may use only these nodes: the
 * renderer in components/lesson/ has one component per node type, so authors cannot drift
 * into markup the site does not style, and raw HTML never reaches the page.
 */

/** Inline text. */
export type Inline =
  | { type: "text"; text: string }
  | { type: "code"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "break" };

/** A block of the lesson text. */
export type Block =
  | { type: "heading"; depth: 2 | 3; id: string; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; items: Inline[][] }
  | {
      type: "code";
      /** The info string's first word (`dockerfile`, `text`). */
      lang: string;
      text: string;
      /** ```` ```dockerfile fragment ```` (instructions out of context) or ```` ```dockerfile error ```` (must fail to build). */
      marker?: "fragment" | "error";
    }
  | { type: "callout"; children: Block[] };
