# syntax=docker/dockerfile:1

# Build Stage -------------------------------------------------------

FROM alpine:3.23 AS build
RUN apk add --no-cache g++ make cmake
WORKDIR /app
# Only the two files the build needs, whatever else the context holds
COPY CMakeLists.txt hello.cpp ./
RUN mkdir -p build && cd build && cmake .. && make

# Runtime Stage -----------------------------------------------------

FROM alpine:3.23 AS runtime
WORKDIR /app
COPY --from=build /app/build/hello .
CMD ["./hello"]
