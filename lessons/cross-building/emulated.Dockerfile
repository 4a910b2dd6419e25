# Build stage: no --platform, so it runs as the target platform ----------

# With --platform linux/arm64 on an amd64 machine, this runs under QEMU
FROM golang:1.26-alpine3.23 AS build

WORKDIR /src
COPY go.mod main.go ./

# Go builds for the platform it runs on: here, the emulated one
RUN CGO_ENABLED=0 go build -o hello .

# Runtime stage: the target platform ------------------------------------

FROM alpine:3.23
COPY --from=build /src/hello /usr/local/bin/hello
CMD ["hello"]
