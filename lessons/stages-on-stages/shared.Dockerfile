# Toolchain Stage ---------------------------------------------------

# The build tools, installed once for every stage that compiles
FROM alpine:latest AS toolchain
RUN apk add --no-cache g++ make cmake
WORKDIR /app

# Build Stage -------------------------------------------------------

# Start from the toolchain and compile a release build
FROM toolchain AS build
COPY . .
RUN mkdir -p build && cd build && cmake .. && make

# Test Stage --------------------------------------------------------

# Start from the same toolchain, compile a debug build and check that
# it prints its line ten times
FROM toolchain AS test
COPY . .
RUN mkdir -p build-test && cd build-test \
    && cmake -DCMAKE_BUILD_TYPE=Debug .. && make \
    && test "$(./hello | grep -c 'Hello world using CMake!')" -eq 10

# Runtime Stage -----------------------------------------------------

# Ship only the release binary on a clean Alpine
FROM alpine:latest AS runtime
WORKDIR /app
COPY --from=build /app/build/hello .
CMD ["./hello"]
