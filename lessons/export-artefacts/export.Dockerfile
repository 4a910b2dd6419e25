# Build Stage -------------------------------------------------------

FROM alpine:3.23 AS build
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .
# Static: the binary needs no library from the image it ends up in
RUN mkdir -p build && cd build \
    && cmake -DCMAKE_EXE_LINKER_FLAGS=-static .. && make

# Export Stage ------------------------------------------------------

# Only the binary, at the root. Build it with:
#   docker build --output type=local,dest=out --target export .
FROM scratch AS export
COPY --from=build /app/build/hello /

# Runtime Stage -----------------------------------------------------

# Still the last stage: a plain docker build produces this image
FROM alpine:3.23 AS runtime
WORKDIR /app
COPY --from=build /app/build/hello .
CMD ["./hello"]
