// The repository lints every .js file; this one is a plain CommonJS Node program.
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, console */
const express = require("express");

const app = express();
app.get("/", (req, res) => res.send("Hello from Express!\n"));
app.listen(3000, () => console.log("listening on :3000"));
