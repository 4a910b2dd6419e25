/** The fragment of a rule on the /rules/ page, as Docker spells its pages: `JSONArgsRecommended` → `json-args-recommended`. */
export function ruleAnchor(rule: string): string {
  return rule
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}
