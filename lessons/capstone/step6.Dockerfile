# Base stage: what the other stages share --------------------------

FROM node:24-alpine AS base
WORKDIR /app
COPY package.json package-lock.json ./

# Test stage: built only with --target test -----------------------

FROM base AS test
# Installs exactly what the lock file lists, dev dependencies too
RUN npm ci
COPY src/ ./src/
COPY test/ ./test/
RUN npm test

# Production stage: only what runs --------------------------------

FROM base AS production
COPY src/ ./src/

# Drop root: the node images ship an unprivileged user called node
USER node
EXPOSE 3000

# Exec form: node is PID 1 and receives docker stop's SIGTERM
CMD ["node", "src/server.js"]
