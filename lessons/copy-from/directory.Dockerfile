# Build Stage -------------------------------------------------------
FROM alpine:latest AS build
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .
RUN mkdir -p build && cd build && cmake .. && make

# Runtime Stage -----------------------------------------------------
FROM alpine:latest
RUN apk add --no-cache libstdc++
WORKDIR /app
# Copies everything in /app/build: the binary, but also the Makefile,
# CMakeCache.txt and CMakeFiles/ with the object file hello.cpp.o
COPY --from=build /app/build .
CMD ["./hello"]
