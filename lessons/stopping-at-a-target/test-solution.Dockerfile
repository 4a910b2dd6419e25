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
COPY --from=build /app/build/hello .
CMD ["./hello"]
