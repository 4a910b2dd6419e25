# Build stage -------------------------------------------------------
FROM alpine:3.23 AS build
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .
RUN mkdir -p build && cd build && cmake .. && make

# Test stage: print the output, fail unless it has ten lines --------
FROM build AS test
RUN ./build/hello | tee /tmp/out && test "$(wc -l < /tmp/out)" -eq 10

# Production stage: copies from test, so the test runs first -------
FROM alpine:3.23 AS production
RUN apk add --no-cache libstdc++
WORKDIR /app
COPY --from=test /app/build/hello .
CMD ["./hello"]
