# Build Stage -------------------------------------------------------

FROM alpine:3.23 AS build
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .
# Static: the binary needs no library from the image it ends up in
RUN mkdir -p build && cd build \
    && cmake -DCMAKE_EXE_LINKER_FLAGS=-static .. && make

# Runtime Stage -----------------------------------------------------

FROM alpine:3.23 AS runtime
WORKDIR /app
COPY --from=build /app/build/hello .
CMD ["./hello"]

# Export Stage ------------------------------------------------------

# Only the binary, at the root: --output writes this tree
FROM scratch AS export
COPY --from=build /app/build/hello /
