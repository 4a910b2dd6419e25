# Build Stage -------------------------------------------------------
FROM alpine:latest AS builder
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .
RUN mkdir -p build && cd build && cmake .. && make

# Test Stage: starts from the build stage and runs the program once --
FROM builder AS test
RUN ./build/hello

# Runtime Stage -----------------------------------------------------
FROM alpine:latest
WORKDIR /app
COPY --from=builder /app/build/hello .
CMD ["./hello"]
