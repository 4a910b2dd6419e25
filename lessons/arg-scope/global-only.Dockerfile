# Both build arguments come before the first FROM: global scope
ARG ALPINE_VERSION=3.23
ARG BUILD_TYPE=Release

# Toolchain Stage ---------------------------------------------------

FROM alpine:${ALPINE_VERSION} AS toolchain
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .

# Build Stage -------------------------------------------------------

# $BUILD_TYPE is empty here: the stage never declares it
FROM toolchain AS build
RUN mkdir -p build && cd build \
    && cmake -DCMAKE_BUILD_TYPE=$BUILD_TYPE .. && make

# Runtime Stage -----------------------------------------------------

FROM alpine:${ALPINE_VERSION} AS runtime
WORKDIR /app
COPY --from=build /app/build/hello .
CMD ["./hello"]
