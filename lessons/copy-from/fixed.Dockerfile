# Build Stage -------------------------------------------------------

# Compile the application using Alpine with build tools
FROM alpine:latest AS build

# Install compiler, make and cmake (no cache to keep image small)
RUN apk add --no-cache g++ make cmake

# Set working directory and copy source code
WORKDIR /app
COPY . .

# Create a separate build directory, configure and build the project
RUN mkdir -p build && cd build && cmake .. && make

# Runtime Stage -----------------------------------------------------

# Use a minimal Alpine runtime image for the final image
FROM alpine:latest

# The binary uses std::cout, so it needs the C++ runtime library
# (libstdc++.so.6) at start. Install the library only, not the compiler.
RUN apk add --no-cache libstdc++

# Set runtime working directory
WORKDIR /app

# Copy one file: the path is read from the build stage's root
COPY --from=build /app/build/hello .

# Run the application by default
CMD ["./hello"]
