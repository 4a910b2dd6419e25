import { createServer } from "node:http";
import { greeting } from "./greeting.js";

const port = Number(process.env.PORT ?? 3000);
const started = Date.now();

const server = createServer((request, response) => {
  response.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
  response.end(`${greeting(Date.now() - started)}\n`);
});

server.listen(port, () => {
  console.log(`listening on :${port}`);
});

// As PID 1 in a container, node gets no default SIGTERM handling: stop cleanly ourselves.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
