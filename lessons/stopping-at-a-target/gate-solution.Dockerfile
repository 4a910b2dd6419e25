# Build Stage -------------------------------------------------------
FROM alpine:latest AS build
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .
RUN mkdir -p build && cd build && cmake .. && make

# Test Stage --------------------------------------------------------
FROM build AS test
RUN test "$(./build/hello | wc -l)" -eq 10

# Production Stage --------------------------------------------------
FROM alpine:latest AS production
WORKDIR /app
# Copy from the test stage: the binary is the same file, and BuildKit
# now has to run the test before it can build production
COPY --from=test /app/build/hello .
CMD ["./hello"]
