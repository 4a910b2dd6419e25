# Tool Stage (stage 0) ----------------------------------------------

# A stage added later, above the build stage: it installs a test tool
FROM alpine:latest
RUN apk add --no-cache bats

# Build Stage (stage 1) ---------------------------------------------

# Compile the application using Alpine with build tools
FROM alpine:latest AS build

# Install compiler, make and cmake (no cache to keep image small)
RUN apk add --no-cache g++ make cmake

# Set working directory and copy source code
WORKDIR /app
COPY . .

# Create a separate build directory, configure and build the project
RUN mkdir -p build && cd build && cmake .. && make

# Runtime Stage (stage 2) -------------------------------------------

# Use a minimal Alpine runtime image for the final image
FROM alpine:latest AS runtime

# Set runtime working directory
WORKDIR /app

# Copy the built binary from the stage named build, wherever it is above
COPY --from=build /app/build/hello .

# Run the application by default
CMD ["./hello"]
