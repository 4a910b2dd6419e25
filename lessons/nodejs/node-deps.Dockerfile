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

# Production Stage --------------------------------------------------

# A fresh Node.js image: production dependencies, the built app
FROM node:${NODE_VERSION} AS production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/package*.json ./
COPY --from=build /app/dist ./dist
EXPOSE 3000
CMD ["node", "dist/server.js"]
