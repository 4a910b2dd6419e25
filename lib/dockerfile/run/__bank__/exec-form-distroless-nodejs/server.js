// The repository lints every .js file; this one is a plain CommonJS Node program.
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, console */
const http = require("node:http");

http
  .createServer((req, res) => res.end("Hello from Node!\n"))
  .listen(3000, () => console.log("listening on :3000"));
