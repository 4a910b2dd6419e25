# Build Stage -------------------------------------------------------

# Compile the application using Alpine with build tools
FROM alpine:latest AS build

# Install compiler, make and cmake (no cache to keep image small)
RUN apk add --no-cache g++ make cmake

# Set working directory and copy source code
WORKDIR /app
COPY . .

# Link statically: the binary carries the C and C++ runtime libraries itself
RUN mkdir -p build && cd build && cmake -DCMAKE_EXE_LINKER_FLAGS=-static .. && make

# Runtime Stage -----------------------------------------------------

# A bare Alpine is enough: the binary needs no shared library
FROM alpine:latest

# Set runtime working directory
WORKDIR /app

# Copy the built binary from the build stage into the runtime image
COPY --from=build /app/build/hello .

# Run the application by default
CMD ["./hello"]
