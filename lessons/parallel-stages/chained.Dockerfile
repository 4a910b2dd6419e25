# Toolchain Stage ---------------------------------------------------

FROM alpine:3.23 AS toolchain
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .

# Build Stage -------------------------------------------------------

FROM toolchain AS build
RUN mkdir -p build && cd build && cmake .. && make

# Test Stage --------------------------------------------------------

# Starts from build, so it waits for the release build to finish,
# although it compiles its own debug build
FROM build AS test
RUN mkdir -p build-test && cd build-test \
    && cmake -DCMAKE_BUILD_TYPE=Debug .. && make \
    && test "$(./hello | grep -c 'Hello world using CMake!')" -eq 10 \
    && touch /app/tests-passed

# Runtime Stage -----------------------------------------------------

# Copies from test as well: the image is built only if the tests pass
FROM alpine:3.23 AS runtime
WORKDIR /app
COPY --from=test /app/tests-passed /app/
COPY --from=build /app/build/hello .
CMD ["./hello"]
