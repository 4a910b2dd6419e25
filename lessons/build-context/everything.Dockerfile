# Build Stage -------------------------------------------------------

FROM alpine:3.23 AS build
RUN apk add --no-cache g++ make cmake
WORKDIR /app
# Copies the whole build context, minus what .dockerignore excludes
COPY . .
RUN mkdir -p build && cd build && cmake .. && make

# Runtime Stage -----------------------------------------------------

FROM alpine:3.23 AS runtime
WORKDIR /app
COPY --from=build /app/build/hello .
CMD ["./hello"]
