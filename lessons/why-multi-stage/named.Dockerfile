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

# Run the application from the build directory
WORKDIR /app/build
CMD ["./hello"]
