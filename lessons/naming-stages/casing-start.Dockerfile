# Build Stage -------------------------------------------------------
FROM alpine:latest as Build
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .
RUN mkdir -p build && cd build && cmake .. && make

# Runtime Stage -----------------------------------------------------
FROM alpine:latest
WORKDIR /app
COPY --from=0 /app/build/hello .
CMD ["./hello"]
