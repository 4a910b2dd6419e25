# VARIANT picks the build: release or debug
ARG ALPINE_VERSION=3.23
ARG VARIANT=release

# Toolchain Stage ---------------------------------------------------

FROM alpine:${ALPINE_VERSION} AS toolchain
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .

# Build Stages: one per variant -------------------------------------

FROM toolchain AS build-release
RUN mkdir -p build && cd build \
    && cmake -DCMAKE_BUILD_TYPE=Release .. && make

FROM toolchain AS build-debug
RUN mkdir -p build && cd build \
    && cmake -DCMAKE_BUILD_TYPE=Debug .. && make

# The chosen variant: FROM expands global ARGs, then finds the stage
FROM build-${VARIANT} AS build

# Runtime Stage -----------------------------------------------------

FROM alpine:${ALPINE_VERSION} AS runtime
WORKDIR /app
COPY --from=build /app/build/hello .
CMD ["./hello"]
