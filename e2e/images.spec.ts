import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import { expect, FINISHED_LESSON, test, workbench } from "./fixtures";

// lz-string is CommonJS without detectable named exports: load it the CommonJS way in Node.
const { compressToEncodedURIComponent } = createRequire(import.meta.url)("lz-string") as typeof import("lz-string");

const linkOf = (state: object) => `/playground/#v1=${compressToEncodedURIComponent(JSON.stringify(state))}`;
const image = (page: Page) => page.getByRole("region", { name: "The image" });

// A multi-stage Python Dockerfile of the kind public repositories hold (written for this test):
// a tag the data does not have (python:3.10-alpine), an apk install, pip, and the project's files.
const PYTHON = `FROM python:3.10-alpine AS builder
WORKDIR /app
COPY requirements.txt /app
RUN pip3 install -r requirements.txt --no-cache-dir
COPY . /app
ENTRYPOINT ["python3"]
CMD ["app.py"]

FROM builder AS dev-envs
RUN apk add --no-cache git
`;

test("a pasted Dockerfile on a tag the data lacks: an approximate size from the nearest tag, and its unknown parts in one line", async ({ page }) => {
  await page.goto(linkOf({ text: PYTHON, target: null }));
  const panel = image(page);
  await expect(panel.getByTestId("final-image-size")).toHaveText(/^≥ 5\d\.\dMB$/);
  await expect(panel.getByTestId("final-image-size")).not.toHaveText(/0B/);
  await expect(panel.getByTestId("final-image-confidence")).toHaveText(/^at least: \d parts unknown$/);
  await expect(panel.getByTestId("final-image")).toContainText("approximate: estimated from python:3.12-alpine3.23");
  const unknowns = panel.getByTestId("final-image-unknowns");
  await expect(unknowns.locator("summary")).toHaveText(/^\d parts unknown — why\?$/);
  const why = unknowns.getByText("depends on your project's dependencies").first();
  await expect(why).toBeHidden();
  await unknowns.locator("summary").click();
  await expect(why).toBeVisible();
  // The base image's contents, from its package list.
  const facts = panel.page().getByTestId("base-facts");
  await expect(facts).toContainText("What the base image python:3.10-alpine gives a container");
  await expect(facts).toContainText("musl");
  await expect(facts).toContainText("approximate: read for python:3.12-alpine3.23");
});

test("an image the data does not know reads unknown, never ≥ 0B", async ({ page }) => {
  await page.goto(linkOf({ text: "FROM example.com/team/app:1\nCOPY . /srv\n", target: null }));
  const panel = image(page);
  await expect(panel.getByTestId("final-image-size")).toHaveText("unknown");
  await expect(panel.getByTestId("final-image-confidence")).toHaveText("no estimate");
  await expect(panel.getByTestId("final-image-unknowns").locator("summary")).toHaveText("2 parts unknown — why?");
});

test("Open in playground keeps the lesson's project as the build context: 8.34MB stays 8.34MB", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  // Lesson 1's finished step opens on the workbench's Image tab.
  const workspace = workbench(page);
  await expect(workspace.getByRole("tab", { name: "Image" })).toHaveAttribute("aria-selected", "true");
  await expect(workspace.getByTestId("image-panel").getByTestId("final-image-size")).toHaveText("8.34MB");
  await workspace.getByRole("button", { name: "Open in playground" }).click();
  await expect(page).toHaveURL(/\/playground\/#v1=/);
  await expect(page.getByText("Build context: the project of Lesson 1")).toBeVisible();
  await expect(image(page).getByTestId("final-image-size")).toHaveText("8.34MB");
  // Outside the course's projects, alpine:latest is repo-info's (3.24.2).
  await page.goto(linkOf({ text: "FROM alpine:latest\n", target: null }));
  await expect(image(page).getByTestId("final-image-size")).toHaveText("8.42MB");
});

// awesome-compose's nginx-golang backend (docker/awesome-compose 18f59bdb, nginx-golang/backend/Dockerfile, final stage).
const GO_SCRATCH = `FROM golang:1.18-alpine AS builder
WORKDIR /code
ENV CGO_ENABLED 0
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o bin/backend main.go

FROM scratch
COPY --from=builder /code/bin/backend /usr/local/bin/backend
CMD ["/usr/local/bin/backend"]
`;

test("scratch with a Go binary: the labelled rule of thumb, said to be approximate", async ({ page }) => {
  await page.goto(linkOf({ text: GO_SCRATCH, target: null }));
  const panel = image(page);
  await expect(panel.getByTestId("final-image-size")).toHaveText("6.47MB");
  await expect(panel.getByTestId("final-image-confidence")).toHaveText(/approximate/);
  await expect(panel.getByTestId("final-image")).toContainText("a rule of thumb, not this program's size");
});

test("a distroless image with no stated size: estimated from its Debian packages, what has no figure said", async ({ page }) => {
  await page.goto(linkOf({ text: "FROM node:22 AS build\nWORKDIR /app\nCOPY . .\n\nFROM gcr.io/distroless/nodejs22-debian13\nCOPY --from=build /app /app\nCMD [\"index.js\"]\n", target: null }));
  const panel = image(page);
  await expect(panel.getByTestId("final-image-size")).toHaveText(/^≥ 30(\.\d)?MB$/);
  await expect(panel.getByTestId("final-image")).toContainText("Debian packages GoogleContainerTools/distroless lists");
  const unknowns = panel.getByTestId("final-image-unknowns");
  await unknowns.locator("summary").click();
  await expect(unknowns).toContainText("Node.js 22 from nodejs.org");
});
