# Build Stage -------------------------------------------------------

# Compile a release build of the application
FROM alpine:latest AS build
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .
RUN mkdir -p build && cd build && cmake .. && make

# Test Stage --------------------------------------------------------

# Compile a debug build and check that it prints its line ten times
FROM alpine:latest AS test
RUN apk add --no-cache g++ make cmake
WORKDIR /app
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
