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

# Test Stage: docker build --target test ----------------------------

# Start from the build stage: same files, same WORKDIR /app
FROM build AS test

# The program must print exactly ten lines, or the build fails
RUN test "$(./build/hello | wc -l)" -eq 10

# Production Stage: the default target, because it is last ----------

# Use a minimal Alpine runtime image for the final image
FROM alpine:latest AS production

# Set runtime working directory
WORKDIR /app

# Copy the built binary from the build stage into the runtime image
COPY --from=build /app/build/hello .

# Run the application by default
CMD ["./hello"]
