# Test Stage --------------------------------------------------------

# Meant to start from the toolchain stage below
FROM toolchain AS test
COPY . .
RUN mkdir -p build-test && cd build-test \
    && cmake -DCMAKE_BUILD_TYPE=Debug .. && make \
    && test "$(./hello | grep -c 'Hello world using CMake!')" -eq 10

# Toolchain Stage ---------------------------------------------------

FROM alpine:latest AS toolchain
RUN apk add --no-cache g++ make cmake
WORKDIR /app

# Build Stage -------------------------------------------------------

# Meant to start from the toolchain stage above
FROM Toolchain AS build
COPY . .
RUN mkdir -p build && cd build && cmake .. && make

# Runtime Stage -----------------------------------------------------

FROM alpine:latest AS runtime
WORKDIR /app
COPY --from=build /app/build/hello .
CMD ["./hello"]
