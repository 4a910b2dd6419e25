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

# Set runtime working directory
WORKDIR /app

# Run the application by default
CMD ["./hello"]
