# The Node.js image every stage starts from
ARG NODE_VERSION=24.11.1-alpine

# Base Stage --------------------------------------------------------

FROM node:${NODE_VERSION} AS base
WORKDIR /app

# Production Dependencies -------------------------------------------

# Only what the server needs at run time: npm ci --omit=dev
FROM base AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev

# Build Dependencies ------------------------------------------------

# Every dependency, dev dependencies included, for the build step
FROM base AS build-deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --no-audit --no-fund

# Build Stage -------------------------------------------------------

FROM build-deps AS build
COPY . .
RUN npm run build

# Test Stage --------------------------------------------------------

# Runs the tests with every dependency; only built with --target test
FROM build-deps AS test
COPY . .
RUN npm test

# Production Stage --------------------------------------------------

# A fresh Node.js image: production dependencies, the built app, no root
FROM node:${NODE_VERSION} AS production
WORKDIR /app
RUN addgroup -g 1001 -S nodejs && adduser -S nodejs -u 1001 -G nodejs
COPY --from=deps --chown=nodejs:nodejs /app/node_modules ./node_modules
COPY --from=deps --chown=nodejs:nodejs /app/package*.json ./
COPY --from=build --chown=nodejs:nodejs /app/dist ./dist
USER nodejs
EXPOSE 3000
CMD ["node", "dist/server.js"]
