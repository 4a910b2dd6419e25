const assert = require("node:assert/strict");
const http = require("node:http");
const { test } = require("node:test");
// The module under test: the source, or the compiled file when APP_MODULE names it
// (the Dockerfile's test stage sets APP_MODULE=../dist/server.js, the file production ships).
const { handler } = require(process.env.APP_MODULE || "../src/server.js");

/** Starts the handler on a free port, requests `path`, and returns status and body. */
async function request(path) {
  const server = http.createServer(handler);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address();
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: res.status, body: await res.text() };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

test("/ answers with a greeting", async () => {
  assert.deepEqual(await request("/"), { status: 200, body: "Hello from a multi-stage build!\n" });
});

test("/health answers ok", async () => {
  assert.deepEqual(await request("/health"), { status: 200, body: "ok\n" });
});
