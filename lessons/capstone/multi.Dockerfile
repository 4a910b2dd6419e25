# Base stage: what the other stages share --------------------------

FROM node:24-alpine AS base
WORKDIR /app
COPY package.json package-lock.json ./

# Build stage: every dependency, and the compiled app --------------

FROM base AS build
# Installs exactly what the lock file lists, dev dependencies too
RUN npm ci
COPY tsconfig.json ./
COPY src/ ./src/
# tsc type-checks src/ and writes the artefact, dist/server.js
RUN npm run build

# Test stage: tests the artefact itself ----------------------------

FROM build AS test
COPY test/ ./test/
# The tests load the compiled file, the one production ships
ENV APP_MODULE=../dist/server.js
RUN npm test

# Production stage: only the tested artefact ------------------------

FROM base AS production
# Copied from test, not from build: BuildKit must run the tests first
COPY --from=test /app/dist ./dist

# Drop root: the node images ship an unprivileged user called node
USER node
EXPOSE 3000

# Exec form: node is PID 1 and receives docker stop's SIGTERM
CMD ["node", "dist/server.js"]
