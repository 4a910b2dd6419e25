# Toolchain Stage ---------------------------------------------------

FROM alpine:3.23 AS toolchain
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .

# Build Stage -------------------------------------------------------

FROM toolchain AS build
RUN mkdir -p build && cd build && cmake .. && make

# Test Stage --------------------------------------------------------

# Starts from toolchain, like build: neither waits for the other
FROM toolchain AS test
RUN mkdir -p build-test && cd build-test \
    && cmake -DCMAKE_BUILD_TYPE=Debug .. && make \
    && test "$(./hello | grep -c 'Hello world using CMake!')" -eq 10 \
    && touch /app/tests-passed

# Runtime Stage -----------------------------------------------------

# Needs both: BuildKit runs build and test at the same time
FROM alpine:3.23 AS runtime
WORKDIR /app
COPY --from=test /app/tests-passed /app/
COPY --from=build /app/build/hello .
CMD ["./hello"]
