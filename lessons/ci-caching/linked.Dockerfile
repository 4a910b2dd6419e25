# Build stage: the toolchain and the compile, the slow part ---------
FROM alpine:3.23 AS build
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .
RUN mkdir -p build && cd build && cmake .. && make

# Test stage: docker build --target test ----------------------------
FROM build AS test
RUN ./build/hello | tee /tmp/out && test "$(wc -l < /tmp/out)" -eq 10

# Production stage --------------------------------------------------
FROM alpine:3.23 AS production
RUN apk add --no-cache libstdc++
WORKDIR /app
# --link: a layer of its own, reused even when the lines above change
COPY --link --from=build /app/build/hello .
CMD ["./hello"]
