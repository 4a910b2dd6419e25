import type { Metadata } from "next";
import { Playground } from "@/components/playground/playground";
import { loadPlaygroundPage } from "@/lib/course/pages";

export const metadata: Metadata = {
  title: "Playground",
  description: "Write any Dockerfile and see its stages, its problems and what BuildKit builds for each target. Share it as a link.",
};

export default function PlaygroundPage() {
  const { examples, initial } = loadPlaygroundPage();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8 sm:px-6">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-extrabold leading-tight tracking-tight sm:text-4xl">Playground</h1>
        <p className="mt-3 text-lg text-muted">
          Write any Dockerfile and see its stages, its problems and what BuildKit builds for each target. The address always holds
          your Dockerfile and target, so it is a link you can share. Nothing is sent anywhere.
        </p>
      </header>
      <div className="mt-6">
        {/* The workspace's own headings ("Stages") are h3, as on a lesson page. */}
        <h2 className="sr-only">Your Dockerfile</h2>
        <Playground examples={examples} initial={initial} />
      </div>
    </div>
  );
}
