ARG ALPINE_VERSION=3.23
ARG BUILD_TYPE=Release

# Toolchain Stage ---------------------------------------------------

# Declared once here; every stage built FROM toolchain inherits it
FROM alpine:${ALPINE_VERSION} AS toolchain
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .
ARG BUILD_TYPE

# Build Stage -------------------------------------------------------

FROM toolchain AS build
RUN mkdir -p build && cd build \
    && cmake -DCMAKE_BUILD_TYPE=$BUILD_TYPE .. && make

# Test Stage --------------------------------------------------------

# Runs the program built with the same build type
FROM toolchain AS test
RUN mkdir -p build-test && cd build-test \
    && cmake -DCMAKE_BUILD_TYPE=$BUILD_TYPE .. && make \
    && test "$(./hello | grep -c 'Hello world using CMake!')" -eq 10

# Runtime Stage -----------------------------------------------------

FROM alpine:${ALPINE_VERSION} AS runtime
WORKDIR /app
COPY --from=build /app/build/hello .
CMD ["./hello"]
