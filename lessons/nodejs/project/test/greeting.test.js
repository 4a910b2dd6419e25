import assert from "node:assert/strict";
import { test } from "node:test";
import { greeting } from "../dist/greeting.js";

test("greeting says how long the server has been up", () => {
  assert.equal(greeting(60_000), "Hello from Node.js! Up for 1 minute.");
  assert.equal(greeting(3 * 60 * 60 * 1000), "Hello from Node.js! Up for 3 hours.");
});
