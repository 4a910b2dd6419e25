import type { Metadata } from "next";
import { TickedText } from "@/components/ui/ticked-text";
import { RULE_DOCS as RULES } from "@/lib/dockerfile/rule-docs";
import { SEVERITY_LABEL } from "@/lib/workspace/problems";
import { ruleAnchor } from "@/lib/workspace/rule-anchor";

export const metadata: Metadata = {
  title: "Rules",
  description: "Every rule Stagecraft reports: Docker's build checks and the course's teaching rules, what each means and how to fix it.",
};

export default function RulesPage() {
  const groups = [
    { title: "Docker's build checks", intro: "What `docker build --check` reports. Names and messages are BuildKit's own, so you can look them up in Docker's documentation.", rules: RULES.filter((r) => r.source === "buildkit") },
    { title: "Docker build errors", intro: "When `docker build` itself would stop. The message is BuildKit's own, word for word; the Problems list labels it “Docker build error”.", rules: RULES.filter((r) => r.name === "BuildError") },
    { title: "Stagecraft's teaching rules", intro: "Tips of this course, about things BuildKit accepts silently but that usually are a mistake. The Problems list labels them “Stagecraft tip”: `docker build --check` does not report them.", rules: RULES.filter((r) => r.source === "stagecraft" && r.name !== "BuildError") },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 pt-8 sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight">Rules</h1>
      <p className="mt-2 text-muted">Every problem the editor reports, what it means, why it matters and how to fix it.</p>
      {groups.map((group) => (
        <section key={group.title} className="mt-8" aria-labelledby={ruleAnchor(group.title.replace(/\W+/g, ""))}>
          <h2 id={ruleAnchor(group.title.replace(/\W+/g, ""))} className="text-2xl font-bold">
            {group.title}
          </h2>
          <p className="mt-1">
            <TickedText text={group.intro} />
          </p>
          <div className="mt-4 space-y-4">
            {group.rules.map((rule) => (
              <article key={rule.name} id={ruleAnchor(rule.name)} className="scroll-mt-6 rounded-xl border border-border bg-surface p-4">
                <h3 className="font-mono text-lg font-bold">{rule.name}</h3>
                <p className="text-sm text-muted">
                  {SEVERITY_LABEL[rule.severity]}
                  {rule.experimental ? " · experimental: only with # check=experimental=" + rule.name : ""} · {rule.description}
                </p>
                <dl className="mt-2 space-y-1.5 text-sm">
                  <div>
                    <dt className="inline font-semibold">What: </dt>
                    <dd className="inline">
                      <TickedText text={rule.what} />
                    </dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">Why: </dt>
                    <dd className="inline">
                      <TickedText text={rule.why} />
                    </dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">Fix: </dt>
                    <dd className="inline">
                      <TickedText text={rule.howToFix} />
                    </dd>
                  </div>
                </dl>
                {rule.source === "buildkit" && (
                  <p className="mt-2 text-sm">
                    Docker&apos;s page: <a className="text-accent underline" href={rule.url} rel="noreferrer">{rule.url}</a>
                  </p>
                )}
              </article>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
