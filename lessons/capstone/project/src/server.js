// A tiny web app with no runtime dependencies: only Node.js's own node:http module.
const http = require("node:http");

/**
 * Answers every request: a health check on /health, a greeting everywhere else.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function handler(req, res) {
  if (req.url === "/health") {
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
    res.end("ok\n");
    return;
  }
  res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
  res.end("Hello from a multi-stage build!\n");
}

module.exports = { handler };

if (require.main === module) {
  const port = Number(process.env.PORT || 3000);
  // 0.0.0.0 so the server is reachable through the container's published port.
  const host = process.env.HOST || "0.0.0.0";
  const server = http.createServer(handler);
  server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
  // As PID 1 in a container, node gets no default SIGTERM handling: stop cleanly ourselves.
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.close(() => process.exit(0)));
}
